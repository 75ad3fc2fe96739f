package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a cable after clean-up of transmission and transcription noise: line breaks
 * normalised, trailing spaces trimmed, markdown remnants such as {@code [PGOV](#)} and
 * {@code [1](#)} removed. Line numbers stay those of the source text.
 */
final class CableLines {

    private static final Pattern LIST_MARKUP = Pattern.compile("\\[\\d+\\]\\(#\\)");
    private static final Pattern LINK_MARKUP = Pattern.compile("\\[([^\\]\\n]*)\\]\\(#\\)");

    private final List<String> lines;
    private final List<Integer> sourceLine;

    private CableLines(List<String> lines, List<Integer> sourceLine) {
        this.lines = lines;
        this.sourceLine = sourceLine;
    }

    /** Normalises line breaks of a decoded text (CRLF, CR, U+2028, U+2029 become LF). */
    static String normaliseBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    }

    static CableLines of(String normalisedText) {
        String[] raw = normalisedText.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        List<Integer> numbers = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(clean(raw[i]));
            numbers.add(i + 1);
        }
        return new CableLines(lines, numbers);
    }

    private static String clean(String line) {
        String s = line;
        if (s.indexOf("](#)") >= 0) {
            s = LIST_MARKUP.matcher(s).replaceAll("");
            s = LINK_MARKUP.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = s.replace("\\$", "$").replace("\\*", "*").replace("\\_", "_");
        }
        if (s.indexOf('\u00A0') >= 0) {
            s = s.replace('\u00A0', ' ');
        }
        return s.stripTrailing();
    }

    int size() {
        return lines.size();
    }

    String get(int index) {
        return lines.get(index);
    }

    /** The 1-based source line number of a line index. */
    int sourceLine(int index) {
        return sourceLine.get(index);
    }

    boolean isBlank(int index) {
        return lines.get(index).isBlank();
    }
}
