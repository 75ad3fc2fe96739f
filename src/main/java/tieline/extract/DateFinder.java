package tieline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dates written in cable text and resolves them against the cable's own date:
 * "a May 10, 2007, letter" is 2007-05-10; "During a December 28 meeting" in a January 2008
 * cable is 2007-12-28 (a month and day without a year is the latest such day not after the
 * cable); "in October 2007" is 2007-10-01; "28 December 2007" and "AUG. 17" read too. A year
 * alone, or a month alone, is too vague and is not taken. Works on the paragraph's words, so
 * it costs a hash look-up per word.
 */
final class DateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
            Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
            Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11),
            Map.entry("December", 12), Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3),
            Map.entry("Apr", 4), Map.entry("Jun", 6), Map.entry("Jul", 7), Map.entry("Aug", 8), Map.entry("Sep", 9),
            Map.entry("Sept", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));
    /** Abbreviations are dates only with a full stop or a number after them ("Mar" alone may be a name). */
    private static final int SHORTEST_FULL_NAME = 3;

    private DateFinder() {
    }

    /** Every date in the text, in order, resolved against the cable date (which may be null). */
    static List<TextDate> find(String text, LocalDate cableDate, boolean allCaps) {
        return find(text, Tokenizer.tokenize(text), cableDate, allCaps);
    }

    static List<TextDate> find(String text, Tokens tokens, LocalDate cableDate, boolean allCaps) {
        List<TextDate> found = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!tokens.is(i, CableVocabulary.MONTH)) {
                continue;
            }
            // read from the columns: most month words are not months ("may"), and need no view
            Integer month = month(tokens.text(i), allCaps);
            if (month == null) {
                continue;
            }
            Token t = tokens.get(i);
            int afterMonth = t.end();
            if (afterMonth < text.length() && text.charAt(afterMonth) == '.') {
                afterMonth++;
            }
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            int day = next != null && gap(text, afterMonth, next.start(), " ") ? day(next.text()) : 0;
            if (day > 0) {
                // "May 10", "May 10, 2007", "May 10 2007"
                Token year = i + 2 < n ? tokens.get(i + 2) : null;
                int y = year != null && (gap(text, next.end(), year.start(), ", ") || gap(text, next.end(),
                        year.start(), " ")) ? year(year.text()) : 0;
                LocalDate d = resolve(month, day, y, cableDate);
                if (d != null) {
                    found.add(new TextDate(t.start(), y > 0 ? year.end() : next.end(), d));
                    i += y > 0 ? 2 : 1;
                }
                continue;
            }
            int prevDay = prev != null && gap(text, prev.end(), t.start(), " ") ? day(prev.text()) : 0;
            int y = next != null && (gap(text, afterMonth, next.start(), " ") || gap(text, afterMonth, next.start(),
                    ", ")) ? year(next.text()) : 0;
            if (prevDay > 0) {
                // "28 December", "28 December 2007"
                LocalDate d = resolve(month, prevDay, y, cableDate);
                if (d != null) {
                    found.add(new TextDate(prev.start(), y > 0 ? next.end() : t.end(), d));
                }
            } else if (y > 0) {
                // "October 2007": the first of the month
                found.add(new TextDate(t.start(), next.end(), LocalDate.of(y, month, 1)));
            }
        }
        return found;
    }

    private static Integer month(String word, boolean allCaps) {
        if (word.length() < SHORTEST_FULL_NAME || word.length() > 9 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        if (allCaps) {
            return MONTHS.get(PersonNames.titleCase(word));
        }
        return MONTHS.get(word);
    }

    private static boolean gap(String text, int from, int to, String expected) {
        return to - from == expected.length() && text.startsWith(expected, from);
    }

    /** 1..31, with an optional ordinal suffix ("28th"); 0 when the word is not a day. */
    private static int day(String word) {
        int len = word.length();
        String digits = word;
        if (len > 2) {
            String suffix = word.substring(len - 2).toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                digits = word.substring(0, len - 2);
            }
        }
        if (digits.isEmpty() || digits.length() > 2) {
            return 0;
        }
        int d = 0;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c < '0' || c > '9') {
                return 0;
            }
            d = d * 10 + (c - '0');
        }
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** 1900..2099; 0 when the word is not such a year. */
    private static int year(String word) {
        if (word.length() != 4 || !(word.startsWith("19") || word.startsWith("20"))) {
            return 0;
        }
        int y = 0;
        for (int k = 0; k < 4; k++) {
            char c = word.charAt(k);
            if (c < '0' || c > '9') {
                return 0;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }

    private static LocalDate resolve(int month, int day, int year, LocalDate cableDate) {
        try {
            if (year > 0) {
                return LocalDate.of(year, month, day);
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
