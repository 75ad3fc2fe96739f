package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-breaks header lines that transcription ran together, e.g.
 * {@code C O N F I D E N T I A L CAIRO 000941SIPDISE.O. 12958: DECL: 02/14/2016 TAGS: PTER EG}
 * becomes the banner, {@code SIPDIS}, the E.O. line and the TAGS line. Breaks go before the
 * field names cables use ({@code SIPDIS}, {@code E.O. 12958}, {@code TAGS:}, {@code SUBJECT:},
 * {@code REF:}, {@code Classified By}) and before a portion marking that opens a sentence
 * ({@code (U) We delivered ...}); only the executive orders that govern classification
 * count, so a subject naming {@code E.O. 13382} stays whole. An archive's
 * {@code Cable dated:2006-02-07T22:12:00} run into the banner is cut off too.
 */
final class HeaderLineSplitter {

    private static final String CLASSIFICATION_ORDERS = "(?:12958|13526|13292|12356|12065|11652)";
    private static final Pattern FIELD = Pattern.compile(
            "(?<=Cable dated:\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)"
                    + "|SIPDIS"
                    + "|E\\.\\s?[O0]\\.\\s?" + CLASSIFICATION_ORDERS
                    + "|(?<![A-Za-z])EO\\s" + CLASSIFICATION_ORDERS
                    + "|(?<![a-z])TAGS?:"
                    + "|SUBJ(?:ECT)?:"
                    + "|REF(?:S|TEL|TELS)?:"
                    + "|(?<=\\s)(?:\\(\\w{1,3}\\)\\s)?(?i:classified\\s+by)\\b"
                    + "|(?<=\\s)\\((?:U|C|S|SBU|S/NF|C/NF|U//FOUO)\\)\\s+(?=[A-Z][a-z])");
    /** A cheap test before the full pattern: every field name contains one of these. */
    private static final Pattern QUICK = Pattern.compile("SIPDIS|E\\.|EO |TAG|SUBJ|REF|(?i:classified)|\\) |Cable dated");

    private HeaderLineSplitter() {
    }

    /** The line split before every field name that does not start it; the line alone when there is none. */
    static List<String> split(String line) {
        if (line.length() < 8 || !QUICK.matcher(line).find()) {
            return List.of(line);
        }
        Matcher m = FIELD.matcher(line);
        List<String> parts = null;
        int from = 0;
        int contentStart = firstNonSpace(line);
        while (m.find()) {
            if (m.start() <= contentStart || line.substring(from, m.start()).isBlank()) {
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(line.substring(from, m.start()).stripTrailing());
            from = m.start();
        }
        if (parts == null) {
            return List.of(line);
        }
        String tail = line.substring(from);
        if (!tail.isBlank()) {
            parts.add(tail);
        }
        return parts;
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
