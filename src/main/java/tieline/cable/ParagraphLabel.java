package tieline.cable;

/**
 * The label that opens a numbered paragraph ({@code 1. }, {@code ¶3.}, {@code 2.(C) }, {@code 4. (S/NF) })
 * as found at the start of a line, with its marking: where the number is, where the marking's
 * text is (if any) and where the paragraph's text begins.
 *
 * <p>{@link #find} reads what the pattern
 * {@code ^\s{0,6}(¶\s?)?(\d{1,3})\s?\.(?:\s+|(?=\()|(?=[A-Z]))(?:\(([A-Za-z/ ]{1,12})\)\s*)?} would
 * match by looking at the characters once, without a regular expression: it is asked of every
 * body line that opens with a digit, and none of the pattern's choices ever needs to be undone
 * (a digit, a bracket or a full stop can never be white space, so each greedy step stops where
 * the pattern's would).
 *
 * @param numberStart  where the number begins
 * @param numberEnd    where the number ends (exclusive)
 * @param markingStart where the marking's text begins, or -1 when there is no marking in brackets
 * @param markingEnd   where the marking's text ends (exclusive), or -1
 * @param end          where the label, marking and the white space after them end
 */
record ParagraphLabel(int numberStart, int numberEnd, int markingStart, int markingEnd, int end) {

    private static final int INDENT_MAX = 6;
    private static final int NUMBER_DIGITS_MAX = 3;
    private static final int MARKING_MAX = 12;

    /** The label at the start of {@code [from, to)} of {@code source}, or null when the line opens with none. */
    static ParagraphLabel find(String source, int from, int to) {
        int i = PatternSpace.skip(source, from, to);
        if (i - from > INDENT_MAX || i >= to) {
            return null;
        }
        if (source.charAt(i) == '¶') {
            i++;
            if (i < to && PatternSpace.is(source.charAt(i))) {
                i++;
            }
        }
        int numberStart = i;
        while (i < to && isDigit(source.charAt(i))) {
            i++;
        }
        int numberEnd = i;
        if (numberEnd == numberStart || numberEnd - numberStart > NUMBER_DIGITS_MAX) {
            return null;
        }
        if (i < to && PatternSpace.is(source.charAt(i))) {
            i++;
        }
        if (i >= to || source.charAt(i) != '.') {
            return null;
        }
        i++;
        if (i >= to) {
            return null;
        }
        char next = source.charAt(i);
        if (PatternSpace.is(next)) {
            i = PatternSpace.skip(source, i, to);
        } else if (next != '(' && !(next >= 'A' && next <= 'Z')) {
            return null;
        }
        return withMarking(source, numberStart, numberEnd, i, to);
    }

    /** The label with the marking in brackets that may follow at {@code at}. */
    private static ParagraphLabel withMarking(String source, int numberStart, int numberEnd, int at, int to) {
        if (at >= to || source.charAt(at) != '(') {
            return new ParagraphLabel(numberStart, numberEnd, -1, -1, at);
        }
        int markingStart = at + 1;
        int i = markingStart;
        while (i < to && i - markingStart <= MARKING_MAX && isMarkingChar(source.charAt(i))) {
            i++;
        }
        int length = i - markingStart;
        if (length == 0 || length > MARKING_MAX || i >= to || source.charAt(i) != ')') {
            return new ParagraphLabel(numberStart, numberEnd, -1, -1, at);
        }
        return new ParagraphLabel(numberStart, numberEnd, markingStart, i, PatternSpace.skip(source, i + 1, to));
    }

    /** True when the label carries a marking in brackets. */
    boolean marked() {
        return markingStart >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMarkingChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/' || c == ' ';
    }
}
