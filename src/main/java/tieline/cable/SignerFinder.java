package tieline.cable;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the signer: the name closing the cable, on a line of its own ({@code DERSE},
 * {@code VAN VOORST}, {@code Sobel}, {@code HOAGLAND NNNN}) or run onto the end of the last
 * sentence ({@code ...security checks. DERSE}). Layout lines after it (end marks, website
 * notices, rules) are skipped.
 */
final class SignerFinder {

    /** The signer and the index of the line it closes the text on. */
    record Signature(String name, int line, boolean ownLine) {
    }

    private static final Pattern CAPS_NAME = Pattern.compile(
            "^\\s*([A-Z][A-Z'.-]+(?:\\s+[A-Z][A-Z'.-]+){0,2})(?:\\s+NNNN)?\\s*$");
    private static final Pattern TITLE_NAME = Pattern.compile("^\\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\\s*$");
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "^(.*[a-z].*[.)\"'”])\\s+([A-Z]{3,}(?:[- ][A-Z]{2,})?|[A-Z][a-z]{2,})\\s*$");
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
                || LayoutNoise.cutInline(lines.get(i)).isBlank())) {
            i--;
        }
        if (i < from) {
            return null;
        }
        String raw = lines.get(i);
        String last = LayoutNoise.cutInline(raw);
        if (LayoutNoise.isPageBreak(raw) || ClassificationBanner.parse(last) != null
                || ParagraphSplitter.isParagraphStart(last) || HeaderReader.isFieldStart(last)) {
            return null;
        }
        Matcher m = CAPS_NAME.matcher(last);
        if (m.matches()) {
            String name = deduplicated(m.group(1).strip());
            return isName(name) ? new Signature(name, i, true) : null;
        }
        m = TITLE_NAME.matcher(last);
        if (m.matches() && isName(m.group(1))) {
            return new Signature(m.group(1), i, true);
        }
        m = TRAILING_NAME.matcher(last);
        if (m.matches() && isName(m.group(2))) {
            return new Signature(m.group(2), i, false);
        }
        return null;
    }

    private static boolean isName(String name) {
        return !NOT_NAMES.contains(name.toUpperCase(Locale.ROOT).replaceAll("[.:]$", ""));
    }

    /** {@code SHANNON SHANNON} (a signature block sent twice) is one name. */
    private static String deduplicated(String name) {
        String[] words = name.split("\\s+");
        if (words.length == 2 && words[0].equals(words[1])) {
            return words[0];
        }
        return name;
    }
}
