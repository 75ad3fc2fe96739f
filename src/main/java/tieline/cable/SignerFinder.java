package tieline.cable;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the signer: the name closing the cable, on a line of its own ({@code DERSE},
 * {@code VAN VOORST}, {@code Sobel}, {@code LeBaron}, {@code HOAGLAND NNNN}) or run onto the end
 * of the last sentence ({@code ...security checks. DERSE}). Layout lines after it (end marks,
 * website notices, rules, stray quotes of exports) are skipped.
 */
final class SignerFinder {

    /** The signer and the index of the line it closes the text on. */
    record Signature(String name, int line, boolean ownLine) {
    }

    private static final Pattern CAPS_NAME = Pattern.compile(
            "^\\s*([A-Z][A-Z'-]+(?:\\s+[A-Z][A-Z'-]+){0,2})(?:\\s+NNNN)?\\s*\\.?\\s*$");
    /** {@code Sobel}, {@code LeBaron}, {@code McMullen}, {@code van Voorst}, {@code kurtzer}. */
    private static final Pattern MIXED_NAME = Pattern.compile(
            "^\\s*((?:(?:van|de|von|da|del|le|la|al)\\s+)?[A-Za-z][a-z]*(?:[A-Z][a-z]+)*(?:[ -][A-Z][a-z]+)?)\\s*$");
    /** {@code END TEXT HEFFERN}, {@code CLINTON UNQUOTE CLINTON}: closing marks before the name. */
    private static final Pattern CLOSING_MARKS = Pattern.compile(
            "^(?:.*\\bUNQUOTE\\s+|(?:END\\s+(?:OF\\s+)?(?:TEXT|COMMENT|SUMMARY|NOTE|QUOTE|MESSAGE)\\.?\\s+)+)");
    private static final Pattern REDACTION = Pattern.compile("X{4,}");
    // compiled once: String.replaceAll and split compile their pattern on every call
    private static final Pattern FINAL_STOP_OR_COLON = Pattern.compile("[.:]$");
    private static final Set<String> NOT_NAME_WORDS = Set.of("AND", "THE", "OF", "FOR", "TO", "IN", "ON", "BUT", "END",
            "QUOTE", "UNQUOTE", "TEXT", "SENSITIVE", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NOFORN", "COMMENT",
            "SUMMARY", "NOTE", "REQUEST", "ACTION", "MESSAGE", "PARA", "REF", "SIPDIS");
    /** Stray quotes and brackets left by spreadsheet or web exports at the end of a text. */
    private static final String EXPORT_DEBRIS = "\"'>";
    /** A name after the full stop (or closing bracket or quote) that ends the last sentence. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "[.)\"'”]\\s+([A-Z]{3,}(?:[- ][A-Z]{2,})?|[A-Z][a-z]{2,})\\s*$");
    /** Names are short: only the end of a long last line is searched for one. */
    private static final int NAME_LINE_MAX = 60;
    private static final Set<String> NOT_NAMES = Set.of("END", "SUMMARY", "COMMENT", "END COMMENT", "END SUMMARY",
            "NNNN", "SIPDIS", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "BT", "END TEXT", "NOFORN", "UNCLAS",
            "SENSITIVE", "TEXT", "ENDS", "END NOTE", "NOTE", "THANKS", "THANK YOU", "REGARDS", "BEGIN TEXT",
            "END QUOTE", "QUOTE", "UNQUOTE", "END TEXT.", "DRAFTED", "CLEARED", "APPROVED", "MINIMIZE CONSIDERED",
            "CONCLUSION", "BACKGROUND", "ACTION REQUEST", "END ACTION REQUEST", "NOFORN END", "TEL", "FAX", "OK",
            "AND", "THE", "YES", "NO", "USA", "USG", "GOAJ");

    private SignerFinder() {
    }

    /** The signature within lines {@code [from, to)}, or null when the text ends without one. */
    static Signature find(CableLines lines, int from, int to) {
        int i = to - 1;
        while (i >= from && (lines.isBlank(i) || LayoutNoise.isNoiseLine(lines.get(i))
                || withoutExportDebris(LayoutNoise.cutInline(lines.get(i))).isEmpty())) {
            i--;
        }
        if (i < from) {
            return null;
        }
        String raw = lines.get(i);
        String last = withoutExportDebris(LayoutNoise.cutInline(raw));
        if (LayoutNoise.isPageBreak(raw) || ClassificationBanner.isPostBanner(last) || HeaderReader.isFieldStart(last)
                || last.length() < 2) {
            return null;
        }
        if (last.length() <= NAME_LINE_MAX) {
            Matcher m = CAPS_NAME.matcher(last);
            if (m.matches()) {
                String written = m.group(1).strip();
                // the closing marks are anchored at the start: looking there alone finds what a search finds
                Matcher closing = CLOSING_MARKS.matcher(written);
                String name = deduplicated(closing.lookingAt() ? written.substring(closing.end()) : written);
                return isName(name) ? new Signature(name, i, true) : null;
            }
            m = MIXED_NAME.matcher(last);
            if (m.matches() && m.group(1).length() >= 2 && isName(m.group(1))) {
                return new Signature(m.group(1), i, true);
            }
        }
        int tailStart = Math.max(0, last.length() - NAME_LINE_MAX);
        Matcher m = TRAILING_NAME.matcher(last).region(tailStart, last.length());
        if (m.find() && hasLowerCase(last, m.start()) && isName(m.group(1))) {
            return new Signature(m.group(1), i, false);
        }
        return null;
    }

    private static String withoutExportDebris(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || EXPORT_DEBRIS.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Running text before the name: a name after an all-capitals line is part of that line. */
    private static boolean hasLowerCase(String s, int end) {
        for (int k = 0; k < end; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String name) {
        String upper = FINAL_STOP_OR_COLON.matcher(name.toUpperCase(Locale.ROOT)).replaceAll("");
        if (upper.isEmpty() || NOT_NAMES.contains(upper) || REDACTION.matcher(upper).find()) {
            return false;
        }
        for (String word : PatternSpace.RUN.split(upper)) {
            if (NOT_NAME_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** {@code SHANNON SHANNON} (a signature block sent twice) is one name. */
    private static String deduplicated(String name) {
        String[] words = PatternSpace.RUN.split(name);
        if (words.length == 2 && words[0].equals(words[1])) {
            return words[0];
        }
        return name;
    }
}
