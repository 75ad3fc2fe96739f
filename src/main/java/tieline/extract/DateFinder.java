package tieline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in cable text and resolves them against the cable's own date:
 * "a May 10, 2007, letter" is 2007-05-10; "During a December 28 meeting" in a January 2008
 * cable is 2007-12-28 (a month and day without a year is the latest such day not after the
 * cable); "in October 2007" is 2007-10-01. A year alone is too vague and is not taken.
 */
final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "\\b(?:,? ((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? ((?:19|20)\\d{2})\\b");

    private DateFinder() {
    }

    /** Every date in the text, in order, resolved against the cable date (which may be null). */
    static List<TextDate> find(String text, LocalDate cableDate, boolean allCaps) {
        List<TextDate> found = new ArrayList<>();
        if (text.indexOf(' ') < 0) {
            return found;
        }
        String t = allCaps ? titleCaseMonths(text) : text;
        Matcher m = MONTH_DAY.matcher(t);
        while (m.find()) {
            LocalDate d = resolve(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), cableDate);
            if (d != null) {
                found.add(new TextDate(m.start(), m.end(), d));
            }
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            LocalDate d = resolve(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), cableDate);
            if (d != null) {
                found.add(new TextDate(m.start(), m.end(), d));
            }
        }
        m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            int month = month(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (month > 0) {
                found.add(new TextDate(m.start(), m.end(), LocalDate.of(year, month, 1)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Upper-case cables: month names are matched in title case at the same offsets. */
    private static String titleCaseMonths(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return sb.toString();
    }

    private static boolean overlaps(List<TextDate> found, int start, int end) {
        for (TextDate d : found) {
            if (start < d.end() && end > d.start()) {
                return true;
            }
        }
        return false;
    }

    private static int month(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        return switch (w.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    private static LocalDate resolve(int month, int day, String year, LocalDate cableDate) {
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            if (cableDate == null) {
                return null;
            }
            int y = cableDate.getYear();
            for (int back = 0; back < 8; back++) {
                YearMonth ym = YearMonth.of(y - back, month);
                if (day <= ym.lengthOfMonth()) {
                    LocalDate d = ym.atDay(day);
                    if (!d.isAfter(cableDate)) {
                        return d;
                    }
                }
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
