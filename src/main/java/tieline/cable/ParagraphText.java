package tieline.cable;

import java.util.regex.Pattern;

/**
 * Assembles the text of a paragraph from its lines in one buffer: wrapped lines re-joined with a
 * space (a line broken on purpose, as in a list of names, keeps its break), layout lines dropped,
 * page marks run into lines cut out, rules of dashes around a line removed, and a pilcrow that
 * the archive's conversion set before a number opening a wrapped line ({@code in ¶2007.})
 * dropped. Blank lines divide blocks; a block that goes on with the sentence the last one left
 * open is joined with a space, any other with a new line. The last block can be taken off again
 * when it turns out to be the heading of what follows.
 *
 * <p>One assembler serves all the paragraphs of a cable in turn ({@link #assemble}): its buffer is
 * kept between paragraphs, so it grows to the longest paragraph once instead of once per paragraph.
 */
final class ParagraphText {

    private static final String SENTENCE_END_CHARS = ".?!:;\"'”’)]";
    private static final Pattern TEXT_MARKER = Pattern.compile("(?i)(?:BEGIN|END)\\b");
    /** A heading is short; a longer single-line block is a sentence missing its full stop. */
    private static final int HEADING_MAX = 80;

    private final StringBuilder out = new StringBuilder();
    private final int wrapWidth;
    /** Length of the line appended last, and whether it ends open (a lower-case word, a comma, a hyphen). */
    private int lastLineLength;
    private boolean lastLineOpen;
    private int blocks;
    private boolean inBlock;
    private int lastBlockStart;
    private int lastSeparator;

    /**
     * An empty assembler for text wrapped at {@code wrapWidth} ({@link CableLines#wrapWidth}):
     * inside a block, a line broken short of that width before a capitalised word (a list
     * of participants, one name a line) keeps its line break, so the names on two lines are not
     * read as one.
     */
    ParagraphText(int wrapWidth) {
        this.wrapWidth = wrapWidth;
    }

    /** Replaces what this assembler holds by the text of lines {@code [from, to)}; returns this assembler. */
    ParagraphText assemble(CableLines lines, int from, int to) {
        clear();
        lines(lines, from, to);
        return this;
    }

    /**
     * Replaces what this assembler holds by the text of a paragraph: the rest of its label line
     * {@code labelLine} from {@code textStart} (an index into that line's source) on, then lines
     * up to {@code to}; returns this assembler.
     */
    ParagraphText assemble(CableLines lines, int labelLine, int textStart, int to) {
        clear();
        line(lines.source(labelLine), textStart, lines.end(labelLine), lines.mayHoldLayoutMarks(labelLine));
        // the label counts towards the width of its line
        lastLineLength = lines.end(labelLine) - lines.start(labelLine);
        lines(lines, labelLine + 1, to);
        return this;
    }

    private void clear() {
        out.setLength(0);
        blocks = 0;
        inBlock = false;
        lastBlockStart = 0;
        lastSeparator = 0;
    }

    /** Appends lines {@code [from, to)}, read as regions of their source: a line that needs nothing cut is copied straight in. */
    private void lines(CableLines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.isBlank(i)) {
                inBlock = false;
            } else if (!isDropped(lines, i)) {
                line(lines.source(i), lines.start(i), lines.end(i), lines.mayHoldLayoutMarks(i));
            }
        }
    }

    /**
     * The line held by {@code source} from {@code from} to {@code to}, cleaned and appended;
     * {@code layoutMarks} is false when the line certainly holds nothing to cut out.
     */
    private void line(String source, int from, int to, boolean layoutMarks) {
        String s = source;
        int start = from;
        int end = to;
        if (layoutMarks) {
            s = LayoutNoise.cutInline(s.substring(start, end));
            start = 0;
            end = s.length();
        }
        start = skipWhitespace(s, start, end);
        end = trimWhitespace(s, start, end);
        if (start < end && s.charAt(start) == '¶') {
            start = skipWhitespace(s, start + 1, end);
        }
        int beforeRule = endBeforeRule(s, start, end);
        int afterRule = startAfterRule(s, start, beforeRule);
        if (afterRule != start || beforeRule != end) {
            start = skipWhitespace(s, afterRule, beforeRule);
            end = trimWhitespace(s, start, beforeRule);
        }
        if (start == end) {
            return;
        }
        if (inBlock) {
            out.append(brokenOnPurpose(s, start, end) ? '\n' : ' ');
        } else {
            lastSeparator = out.length();
            if (out.length() > 0) {
                out.append(continuesSentence(out, s, start, end) && !isListHeading(s, start, end) ? ' ' : '\n');
            }
            lastBlockStart = out.length();
            blocks++;
            inBlock = true;
        }
        out.append(s, start, end);
        lastLineLength = to - from;
        lastLineOpen = endsOpen(s, start, end);
    }

    /**
     * True when the last block is a short heading of a list on a line of its own ("Turkey",
     * "United States") that the line {@code s[start, end)} does not go on with: a block of one
     * to three words on one line, broken on purpose ({@link #brokenOnPurpose}).
     */
    private boolean isListHeading(String s, int start, int end) {
        int words = 1;
        for (int i = lastBlockStart; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c == ' ' && ++words > 3) {
                return false;
            }
        }
        return brokenOnPurpose(s, start, end);
    }

    /**
     * True when the line before {@code s[start, end)} in the same block ended although the next
     * word would have fitted within the wrap width, did not end open, and the new line starts
     * with a capital or a digit: a list item, not a wrapped sentence.
     */
    private boolean brokenOnPurpose(String s, int start, int end) {
        char first = s.charAt(start);
        if (lastLineOpen || !(Character.isUpperCase(first) || Character.isDigit(first))) {
            return false;
        }
        int word = start;
        while (word < end && !Character.isWhitespace(s.charAt(word))) {
            word++;
        }
        return (long) lastLineLength + 1 + (word - start) <= wrapWidth;
    }

    /** A line ends open on a word starting in lower case, a comma, hyphen, slash or opening bracket. */
    private static boolean endsOpen(String s, int start, int end) {
        char last = s.charAt(end - 1);
        if (last == ',' || last == '-' || last == '/' || last == '(' || last == '&') {
            return true;
        }
        int word = end;
        while (word > start && !Character.isWhitespace(s.charAt(word - 1))) {
            word--;
        }
        return Character.isLowerCase(s.charAt(word));
    }

    /** Number of blocks. */
    int blocks() {
        return blocks;
    }

    /** The last block, or an empty string when there is none. */
    String lastBlock() {
        return blocks == 0 ? "" : out.substring(lastBlockStart);
    }

    /** Removes the last block (only the last can be removed, once). */
    void removeLastBlock() {
        out.setLength(lastSeparator);
        blocks--;
    }

    String text() {
        return out.toString();
    }

    /**
     * A heading is one short line without closing punctuation ("CFE", "Missile Defense"), or a
     * summary or comment heading that ends in a colon ("COMMENT and ACTION REQUEST:"); the
     * markers that frame quoted text ("BEGIN TEXT", "END TEXT") are text, not headings.
     */
    static boolean looksLikeHeading(String block) {
        if (block.length() > HEADING_MAX || block.isEmpty() || block.indexOf('\n') >= 0) {
            return false;
        }
        char first = block.charAt(0);
        if (Character.isLowerCase(first) || TEXT_MARKER.matcher(block).lookingAt()) {
            return false;
        }
        char last = block.charAt(block.length() - 1);
        if (last == ':') {
            return ParagraphKinds.namesSummaryOrComment(block);
        }
        return !endsSentence(last) && last != ',';
    }

    /**
     * True when the next block goes on with the sentence the previous one left open: it starts in
     * lower case ("recognized as / a security contributor"), or the previous one stops on a lower
     * case word ("President / SIPDIS / Aliyev was", "much less on / Azerbaijan."); a BEGIN or END
     * marker never continues a sentence.
     */
    static boolean continuesSentence(CharSequence before, String next) {
        return continuesSentence(before, next, 0, next.length());
    }

    /** As {@link #continuesSentence(CharSequence, String)} for the next block held by {@code next} in {@code [from, to)}. */
    private static boolean continuesSentence(CharSequence before, String next, int from, int to) {
        if (before.length() == 0 || from == to) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        return !endsSentence(last) && (Character.isLowerCase(next.charAt(from))
                || (Character.isLowerCase(last) && !TEXT_MARKER.matcher(next).region(from, to).lookingAt()));
    }

    /**
     * Layout lines, and banner lines repeated in the body (the header of a later section). Both
     * are told apart from text by a look at the line's region first, so a line of text is not
     * copied for the question.
     */
    static boolean isDropped(CableLines lines, int index) {
        String source = lines.source(index);
        int from = lines.start(index);
        int to = lines.end(index);
        return LayoutNoise.isNoiseLine(source, from, to)
                || (ClassificationBanner.mayOpenBanner(source, from, to) && ClassificationBanner.isPostBanner(lines.get(index)));
    }

    private static boolean endsSentence(char c) {
        return SENTENCE_END_CHARS.indexOf(c) >= 0;
    }

    /**
     * {@code ---- Visit Officer ----}: a rule of three or more dashes (or = or _) closing the text
     * in {@code [from, to)} is cut off; returns where the text ends without it.
     */
    private static int endBeforeRule(String text, int from, int to) {
        int end = to;
        int marks = 0;
        while (end > from && isRuleChar(text.charAt(end - 1))) {
            marks += text.charAt(end - 1) == ' ' ? 0 : 1;
            end--;
        }
        return marks < 3 ? to : end;
    }

    /** As {@link #endBeforeRule} for a rule opening the text: returns where the text starts without it. */
    private static int startAfterRule(String text, int from, int to) {
        int start = from;
        int marks = 0;
        while (start < to && isRuleChar(text.charAt(start))) {
            marks += text.charAt(start) == ' ' ? 0 : 1;
            start++;
        }
        return marks < 3 ? from : start;
    }

    private static boolean isRuleChar(char c) {
        return c == '-' || c == '=' || c == '_' || c == ' ';
    }

    /** The first index from {@code from} on that is not white space (as {@link String#strip}), or {@code to}. */
    private static int skipWhitespace(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of {@code [from, to)} with trailing white space (as {@link String#strip}) taken off. */
    private static int trimWhitespace(String s, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
