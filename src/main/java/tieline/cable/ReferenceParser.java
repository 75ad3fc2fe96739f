package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a REF field into references, resolving {@code BAKU 01226} or
 * {@code 08 BAKU 997} to canonical cable ids against the citing cable's year and serial.
 */
final class ReferenceParser {

    private static final Pattern ITEM_START = Pattern.compile("(?:^|\\s)¶?\\(?([A-Z])[.)]\\s+");
    private static final Pattern CABLE_REF = Pattern.compile(
            "^(?:(\\d{2})\\s*)?((?:SEC)?STATE|USUN NEW YORK|USNATO|USEU BRUSSELS|USOSCE|UNVIE VIENNA|"
                    + "[A-Z][A-Z]+(?: [A-Z]+)?)\\s+0*(\\d{1,7})(?:\\b|$)");
    /** STATE numbers about this many telegrams a year; a higher serial early in a year is last year's. */
    private static final int STATE_SERIALS_PER_DAY = 500;

    private ReferenceParser() {
    }

    static List<Reference> parse(String refText, int citingYear, String citingPost, int citingSerial,
                                 int citingDayOfYear) {
        List<Reference> refs = new ArrayList<>();
        String text = refText.replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) {
            return refs;
        }
        Matcher m = ITEM_START.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        int expected = 'A';
        while (m.find()) {
            char letter = m.group(1).charAt(0);
            if (letter == expected) {
                starts.add(new int[]{m.start(), m.end()});
                letters.add(m.group(1));
                expected++;
            }
        }
        if (starts.isEmpty()) {
            refs.add(reference(null, text, citingYear, citingPost, citingSerial, citingDayOfYear));
            return refs;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String item = text.substring(starts.get(i)[1], end).trim();
            if (!item.isEmpty()) {
                refs.add(reference(letters.get(i), item, citingYear, citingPost, citingSerial, citingDayOfYear));
            }
        }
        return refs;
    }

    private static Reference reference(String letter, String item, int citingYear, String citingPost,
                                       int citingSerial, int citingDayOfYear) {
        String cleaned = item.replaceAll("[.;,]+$", "").trim();
        Matcher m = CABLE_REF.matcher(cleaned.toUpperCase(java.util.Locale.ROOT));
        String id = null;
        if (m.find() && citingYear >= 0) {
            String post = m.group(2).replace(" ", "");
            if (post.equals("SECSTATE")) {
                post = "STATE";
            }
            int serial = Integer.parseInt(m.group(3));
            int year;
            if (m.group(1) != null) {
                year = Integer.parseInt(m.group(1));
            } else {
                year = citingYear;
                boolean samePostLater = post.equals(citingPost) && citingSerial > 0 && serial > citingSerial;
                boolean stateTooHighForDate = post.equals("STATE")
                        && serial > (citingDayOfYear + 30) * STATE_SERIALS_PER_DAY;
                if (samePostLater || stateTooHighForDate) {
                    year = (citingYear + 99) % 100;
                }
            }
            if (!isMonthName(post)) {
                id = String.format("%02d%s%d", year, post, serial);
            }
        }
        return new Reference(letter, cleaned, id);
    }

    private static boolean isMonthName(String word) {
        return word.matches("(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*");
    }
}
