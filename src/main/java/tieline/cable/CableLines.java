package tieline.cable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The lines of a cable after clean-up of transmission and transcription noise: line breaks
 * normalised, trailing spaces and line-continuation backslashes trimmed, markdown remnants such
 * as {@code [PGOV](#)} and {@code [1](#)} removed, {@code <br>} tags dropped and tab-separated
 * archive rows split into one field a line. Line numbers stay those of the source text.
 *
 * <p>Most lines need no clean-up: such a line is kept as its region of the cable's text
 * ({@link #source}, {@link #start}, {@link #end}) and becomes a string of its own only when
 * {@link #get} asks for it, so the body of a cable, read region by region, is never copied line
 * by line. A line that clean-up changed has its own string from the start.
 *
 * <p>The text is read once, character by character, to find the lines; the same look at each
 * character notes which lines need clean-up and which may hold layout marks that
 * {@link LayoutNoise#cutInline} cuts out ({@link #mayHoldLayoutMarks}), so that no line is
 * searched again for them.
 */
final class CableLines {

    private static final Pattern LIST_MARKUP = Pattern.compile("\\[\\d+\\]\\(#\\)");
    private static final Pattern LINK_MARKUP = Pattern.compile("\\[([^\\]\\n]*)\\]\\(#\\)");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    /**
     * What each character below 256 tells the one pass over a text: nothing, the end of a line,
     * a line that needs clean-up (a tab of an archive row, markdown brackets, backslashes, angle
     * brackets, no-break spaces), or maybe a layout mark ({@link LayoutNoise#mayOpenMark}). A
     * table, because this is asked of every character of every cable.
     */
    private static final byte[] KIND = new byte[256];
    private static final byte LINE_END = 1;
    private static final byte CLEAN_UP = 2;
    private static final byte MARK = 3;
    /** A carriage return: the line breaks of the text were not normalised (see {@link #ofLatin1}). */
    private static final byte RETURN = 4;

    static {
        for (char c = 0; c < KIND.length; c++) {
            if (LayoutNoise.mayOpenMark(c)) {
                KIND[c] = MARK;
            }
        }
        for (char c : "\t]\\<\u00A0".toCharArray()) {
            KIND[c] = CLEAN_UP;
        }
        KIND['\n'] = LINE_END;
        KIND['\r'] = RETURN;
    }

    private final String text;
    private final int size;
    /** Each line's region of {@link #text}; unused for a line with a string of its own. */
    private final int[] starts;
    private final int[] ends;
    /**
     * A line's own string, for lines that clean-up changed (or split); null for a region line.
     * The array itself is null while no line has a string of its own, as in most cables.
     */
    private final String[] strings;
    /**
     * The copy {@link #get} made of a region line, kept for the next call; made on the first
     * call. Parsing one cable is done on one thread, so this cache needs no locking.
     */
    private String[] copies;
    private final int[] sourceLine;
    /** False for a line that certainly holds no mark {@link LayoutNoise#cutInline} cuts out. */
    private final boolean[] layoutMarks;

    private CableLines(Builder b) {
        this.text = b.text;
        this.size = b.size;
        this.starts = b.starts;
        this.ends = b.ends;
        this.strings = b.strings;
        this.copies = b.copies;
        this.sourceLine = b.sourceLine;
        this.layoutMarks = b.layoutMarks;
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
        return of(normalisedText, null);
    }

    /**
     * Splits and cleans a text whose line breaks are already normalised; {@code latin1}, when
     * given, holds its characters one byte each (see {@link DecodedText#latin1}).
     */
    static CableLines of(String normalisedText, byte[] latin1) {
        return of(normalisedText, latin1, false);
    }

    /**
     * As {@link #of(String, byte[])} for a text that holds no character above U+00FF, whose
     * characters {@code latin1} holds one byte each, before its line breaks are normalised: null
     * when it holds a carriage return, so that it must be normalised first
     * ({@link #normaliseBreaks}). The one pass over the text finds the returns too, which spares
     * the search of {@link #normaliseBreaks} through every cable (such a text cannot hold U+2028
     * or U+2029).
     */
    static CableLines ofLatin1(String text, byte[] latin1) {
        return of(text, latin1, true);
    }

    /** As {@link #of(String, byte[])}; null at the first carriage return when {@code refuseReturns}. */
    private static CableLines of(String normalisedText, byte[] latin1, boolean refuseReturns) {
        // The pass below reads bytes, which is quicker than reading characters; a text with
        // characters above U+00FF is read as a copy in which they are '?', which marks nothing.
        byte[] chars = latin1 != null ? latin1 : normalisedText.getBytes(StandardCharsets.ISO_8859_1);
        Builder lines = new Builder(normalisedText, normalisedText.length() / 40 + 16);
        int start = 0;
        int number = 1;
        int length = normalisedText.length();
        while (start <= length) {
            // one pass finds the end of the line, whether it needs clean-up and whether it may hold layout marks
            int end = start;
            boolean cleanUp = false;
            boolean marks = false;
            for (; end < length; end++) {
                int kind = KIND[chars[end] & 0xFF];
                if (kind == 0) {
                    continue;
                }
                if (kind == LINE_END) {
                    break;
                }
                if (kind == CLEAN_UP) {
                    cleanUp = true;
                } else if (kind == RETURN) {
                    if (refuseReturns) {
                        return null;
                    }
                } else if (!marks) {
                    marks = LayoutNoise.isMarkAt(chars, end, start, length);
                }
            }
            int contentEnd = end;
            while (contentEnd > start && normalisedText.charAt(contentEnd - 1) == ' ') {
                contentEnd--;
            }
            if (!cleanUp && contentEnd > start && Character.isWhitespace(normalisedText.charAt(contentEnd - 1))) {
                cleanUp = true;
            }
            if (!cleanUp) {
                lines.addRegion(start, contentEnd, number, marks);
            } else {
                String raw = normalisedText.substring(start, contentEnd);
                if (raw.indexOf('\t') >= 0) {
                    addTabSeparated(raw, number, lines);
                } else {
                    lines.addString(clean(raw), number);
                }
            }
            number++;
            start = end + 1;
        }
        return lines.build();
    }

    /** Archive rows keep fields apart with tabs: each field becomes a line of its own. */
    private static void addTabSeparated(String raw, int number, Builder lines) {
        String[] fields = raw.split("\t", -1);
        boolean added = false;
        for (String field : fields) {
            String cleaned = clean(field);
            if (!cleaned.isBlank() || !added) {
                lines.addString(cleaned.isBlank() ? "" : cleaned, number);
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
        Builder copy = null;
        int end = Math.min(limit, size);
        for (int i = 0; i < end; i++) {
            List<String> parts = splitter.apply(get(i));
            if (parts.size() == 1 && copy == null) {
                continue;
            }
            if (copy == null) {
                copy = new Builder(text, size + 16);
                for (int j = 0; j < i; j++) {
                    copy.addLineOf(this, j);
                }
            }
            for (String part : parts) {
                copy.addString(part, sourceLine[i]);
            }
        }
        if (copy == null) {
            return this;
        }
        for (int i = end; i < size; i++) {
            copy.addLineOf(this, i);
        }
        return copy.build();
    }

    int size() {
        return size;
    }

    /** The line as a string of its own (copied out of the text on the first call for a region line). */
    String get(int index) {
        checkIndex(index);
        String s = ownString(index);
        if (s == null) {
            if (copies == null) {
                copies = new String[starts.length];
            }
            s = copies[index];
            if (s == null) {
                s = text.substring(starts[index], ends[index]);
                copies[index] = s;
            }
        }
        return s;
    }

    /**
     * The string that holds the line from {@link #start} to {@link #end}: the cable's text, or
     * the line's own string. Reading a line this way copies nothing; the three answers for a
     * line never change.
     */
    String source(int index) {
        checkIndex(index);
        String s = ownString(index);
        return s == null ? text : s;
    }

    /** Where the line begins in {@link #source}. */
    int start(int index) {
        checkIndex(index);
        return ownString(index) == null ? starts[index] : 0;
    }

    /** Where the line ends (exclusive) in {@link #source}. */
    int end(int index) {
        checkIndex(index);
        String s = ownString(index);
        return s == null ? ends[index] : s.length();
    }

    private String ownString(int index) {
        return strings == null ? null : strings[index];
    }

    /**
     * False when the line certainly holds none of the marks {@link LayoutNoise#cutInline} cuts
     * out (page marks, website notices, SIPDIS, rules of stars), so cutting would leave it as it is.
     */
    boolean mayHoldLayoutMarks(int index) {
        checkIndex(index);
        return layoutMarks[index];
    }

    /** The 1-based source line number of a line index. */
    int sourceLine(int index) {
        checkIndex(index);
        return sourceLine[index];
    }

    /** True when the line holds only white space; one look at the line's arrays, asked of every body line. */
    boolean isBlank(int index) {
        checkIndex(index);
        String own = ownString(index);
        return own == null ? isBlank(text, starts[index], ends[index]) : isBlank(own, 0, own.length());
    }

    /**
     * How long a line of {@code [from, to)} can surely be, as its wrapping shows: a line followed
     * by one that goes on with its sentence in lower case is a wrapped line, and the wrap width is
     * at least as long as it. The median length of the wrapped lines (more robust than their
     * longest, where a cable mixes wrapped text with a paragraph written on one line);
     * {@link Integer#MAX_VALUE} when no line was wrapped (a cable written a paragraph a line).
     */
    int wrapWidth(int from, int to) {
        int[] wrapped = new int[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i + 1 < to; i++) {
            String next = source(i + 1);
            int word = start(i + 1);
            int nextEnd = end(i + 1);
            while (word < nextEnd && Character.isWhitespace(next.charAt(word))) {
                word++;
            }
            if (word < nextEnd && Character.isLowerCase(next.charAt(word)) && !isBlank(i)) {
                wrapped[n++] = end(i) - start(i);
            }
        }
        if (n == 0) {
            return Integer.MAX_VALUE;
        }
        Arrays.sort(wrapped, 0, n);
        return wrapped[(n - 1) / 2];
    }

    /** True when {@code s} holds only white space from {@code from} to {@code to}, as {@link String#isBlank}. */
    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The arrays are kept larger than the line count; an index past it is still an error. */
    private void checkIndex(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
    }

    /** Collects lines, as regions of one text or strings of their own, with their source line numbers. */
    private static final class Builder {
        private final String text;
        private int size;
        private int[] starts;
        private int[] ends;
        private String[] strings;
        private String[] copies;
        private int[] sourceLine;
        private boolean[] layoutMarks;

        Builder(String text, int capacity) {
            this.text = text;
            int n = Math.max(capacity, 16);
            starts = new int[n];
            ends = new int[n];
            sourceLine = new int[n];
            layoutMarks = new boolean[n];
        }

        /** Adds the region {@code [start, end)} of the text; {@code marks} as {@link #mayHoldLayoutMarks}. */
        void addRegion(int start, int end, int number, boolean marks) {
            grow();
            starts[size] = start;
            ends[size] = end;
            sourceLine[size] = number;
            layoutMarks[size] = marks;
            size++;
        }

        void addString(String line, int number) {
            grow();
            ownStrings()[size] = line;
            sourceLine[size] = number;
            layoutMarks[size] = LayoutNoise.mayCutInline(line);
            size++;
        }

        /** Adds line {@code index} of {@code lines}, which must be made over the same text. */
        void addLineOf(CableLines lines, int index) {
            grow();
            starts[size] = lines.starts[index];
            ends[size] = lines.ends[index];
            sourceLine[size] = lines.sourceLine[index];
            layoutMarks[size] = lines.layoutMarks[index];
            String own = lines.ownString(index);
            if (own != null) {
                ownStrings()[size] = own;
            }
            String copy = lines.copies == null ? null : lines.copies[index];
            if (copy != null) {
                copyStrings()[size] = copy;
            }
            size++;
        }

        /** The own strings of lines, made when the first line has one. */
        private String[] ownStrings() {
            if (strings == null) {
                strings = new String[starts.length];
            }
            return strings;
        }

        private String[] copyStrings() {
            if (copies == null) {
                copies = new String[starts.length];
            }
            return copies;
        }

        private void grow() {
            if (size == starts.length) {
                int n = size * 2;
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                strings = strings == null ? null : Arrays.copyOf(strings, n);
                copies = copies == null ? null : Arrays.copyOf(copies, n);
                sourceLine = Arrays.copyOf(sourceLine, n);
                layoutMarks = Arrays.copyOf(layoutMarks, n);
            }
        }

        CableLines build() {
            return new CableLines(this);
        }
    }
}
