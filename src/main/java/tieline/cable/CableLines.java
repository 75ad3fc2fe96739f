package tieline.cable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The lines of a cable after clean-up of transmission and transcription noise: line breaks
 * normalised, trailing spaces and line-continuation backslashes trimmed, markdown remnants such
 * as {@code [PGOV](#)} and {@code [1](#)} removed, {@code <br>} tags dropped and tab-separated
 * archive rows split into one field a line. Line numbers stay those of the source text.
 */
final class CableLines {

    private static final Pattern LIST_MARKUP = Pattern.compile("\\[\\d+\\]\\(#\\)");
    private static final Pattern LINK_MARKUP = Pattern.compile("\\[([^\\]\\n]*)\\]\\(#\\)");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private final List<String> lines;
    private final int[] sourceLine;

    private CableLines(List<String> lines, int[] sourceLine) {
        this.lines = lines;
        this.sourceLine = sourceLine;
    }

    /** Normalises line breaks of a decoded text (CRLF, CR, U+2028, U+2029 become LF). */
    static String normaliseBreaks(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    }

    /** Splits and cleans a text whose line breaks are already normalised. */
    static CableLines of(String normalisedText) {
        List<String> lines = new ArrayList<>(normalisedText.length() / 40 + 16);
        IntList numbers = new IntList(normalisedText.length() / 40 + 16);
        int start = 0;
        int number = 1;
        int length = normalisedText.length();
        while (start <= length) {
            int end = normalisedText.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int contentEnd = end;
            while (contentEnd > start && normalisedText.charAt(contentEnd - 1) == ' ') {
                contentEnd--;
            }
            String raw = contentEnd == start ? "" : normalisedText.substring(start, contentEnd);
            if (raw.indexOf('\t') >= 0) {
                addTabSeparated(raw, number, lines, numbers);
            } else {
                lines.add(needsCleaning(raw) ? clean(raw) : raw);
                numbers.add(number);
            }
            number++;
            start = end + 1;
        }
        return new CableLines(lines, numbers.toArray());
    }

    /** Markdown brackets, backslashes, angle brackets, no-break spaces or trailing white space. */
    private static boolean needsCleaning(String line) {
        return line.indexOf(']') >= 0 || line.indexOf('\\') >= 0 || line.indexOf('<') >= 0
                || line.indexOf('\u00A0') >= 0 || (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1)));
    }

    /** Archive rows keep fields apart with tabs: each field becomes a line of its own. */
    private static void addTabSeparated(String raw, int number, List<String> lines, IntList numbers) {
        String[] fields = raw.split("\t", -1);
        boolean added = false;
        for (String field : fields) {
            String cleaned = clean(field);
            if (!cleaned.isBlank() || !added) {
                lines.add(cleaned.isBlank() ? "" : cleaned);
                numbers.add(number);
                added = true;
            }
        }
    }

    private static String clean(String line) {
        String s = line;
        if (s.indexOf("](#)") >= 0) {
            s = LIST_MARKUP.matcher(s).replaceAll("");
            s = LINK_MARKUP.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = s.replace("\\$", "$").replace("\\*", "*").replace("\\_", "_");
            String trimmed = s.stripTrailing();
            if (trimmed.endsWith("\\")) {
                s = trimmed.substring(0, trimmed.length() - 1);
            }
        }
        if (s.indexOf('<') >= 0) {
            s = BREAK_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('\u00A0') >= 0) {
            s = s.replace('\u00A0', ' ');
        }
        return s.stripTrailing();
    }

    /**
     * A copy in which each of the first {@code limit} lines is replaced by the parts
     * {@code splitter} makes of it, every part keeping the source line of its line; this
     * object itself when no line was split.
     */
    CableLines splitLines(int limit, Function<String, List<String>> splitter) {
        List<String> copy = null;
        IntList numbers = null;
        int end = Math.min(limit, lines.size());
        for (int i = 0; i < end; i++) {
            List<String> parts = splitter.apply(lines.get(i));
            if (parts.size() == 1 && copy == null) {
                continue;
            }
            if (copy == null) {
                copy = new ArrayList<>(lines.size() + 16);
                numbers = new IntList(lines.size() + 16);
                for (int j = 0; j < i; j++) {
                    copy.add(lines.get(j));
                    numbers.add(sourceLine[j]);
                }
            }
            for (String part : parts) {
                copy.add(part);
                numbers.add(sourceLine[i]);
            }
        }
        if (copy == null) {
            return this;
        }
        for (int i = end; i < lines.size(); i++) {
            copy.add(lines.get(i));
            numbers.add(sourceLine[i]);
        }
        return new CableLines(copy, numbers.toArray());
    }

    int size() {
        return lines.size();
    }

    String get(int index) {
        return lines.get(index);
    }

    /** The 1-based source line number of a line index. */
    int sourceLine(int index) {
        return sourceLine[index];
    }

    boolean isBlank(int index) {
        return lines.get(index).isBlank();
    }

    /** A growable list of ints, to keep line numbers without boxing. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 16)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
