package tieline.cable;

import java.util.regex.Pattern;

/**
 * Assembles the text of a paragraph from its lines in one buffer: wrapped lines re-joined with a
 * space, layout lines dropped, page marks run into lines cut out, rules of dashes around a line removed,
 * and a pilcrow that the archive's conversion set before a number opening a wrapped line
 * ({@code in ¶2007.}) dropped. Blank lines divide blocks; a block that goes on with the sentence the last one
 * left open is joined with a space, any other with a new line. The last block can be taken off
 * again when it turns out to be the heading of what follows.
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
    private int blocks;
    private boolean inBlock;
    private int lastBlockStart;
    private int lastSeparator;

    /** An empty assembler. */
    ParagraphText() {
    }

    /**
     * Replaces what this assembler holds by the text of lines {@code [from, to)}, after
     * {@code firstLine} (the rest of a label line) if given; returns this assembler.
     */
    ParagraphText assemble(CableLines lines, int from, int to, String firstLine) {
        out.setLength(0);
        blocks = 0;
        inBlock = false;
        lastBlockStart = 0;
        lastSeparator = 0;
        if (firstLine != null) {
            line(firstLine);
        }
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                inBlock = false;
            } else if (!isDropped(line)) {
                line(line);
            }
        }
        return this;
    }

    private void line(String raw) {
        String text = LayoutNoise.cutInline(raw).strip();
        if (!text.isEmpty() && text.charAt(0) == '¶') {
            text = text.substring(1).stripLeading();
        }
        text = withoutRules(text);
        if (text.isEmpty()) {
            return;
        }
        if (inBlock) {
            out.append(' ');
        } else {
            lastSeparator = out.length();
            if (out.length() > 0) {
                out.append(continuesSentence(out, text) ? ' ' : '\n');
            }
            lastBlockStart = out.length();
            blocks++;
            inBlock = true;
        }
        out.append(text);
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
        if (before.length() == 0 || next.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        return !endsSentence(last) && (Character.isLowerCase(next.charAt(0))
                || (Character.isLowerCase(last) && !TEXT_MARKER.matcher(next).lookingAt()));
    }

    /** Layout lines, and banner lines repeated in the body (the header of a later section). */
    static boolean isDropped(String line) {
        return LayoutNoise.isNoiseLine(line) || ClassificationBanner.isPostBanner(line);
    }

    private static boolean endsSentence(char c) {
        return SENTENCE_END_CHARS.indexOf(c) >= 0;
    }

    /** {@code ---- Visit Officer ----}: rules of three or more dashes (or = or _) at either end are cut off. */
    private static String withoutRules(String text) {
        int end = text.length();
        int marks = 0;
        while (end > 0 && "-=_ ".indexOf(text.charAt(end - 1)) >= 0) {
            marks += text.charAt(end - 1) == ' ' ? 0 : 1;
            end--;
        }
        if (marks < 3) {
            end = text.length();
        }
        int start = 0;
        marks = 0;
        while (start < end && "-=_ ".indexOf(text.charAt(start)) >= 0) {
            marks += text.charAt(start) == ' ' ? 0 : 1;
            start++;
        }
        if (marks < 3) {
            start = 0;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end).strip();
    }
}
