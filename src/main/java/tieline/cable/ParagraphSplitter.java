package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body of a cable into paragraphs in true order. A paragraph starts at a numbered
 * label ({@code 1.}, {@code ¶3.}, {@code 2.(C)}); which labels count depends on how the cable is
 * written: where paragraphs carry portion markings, a marked label starts a paragraph whatever
 * its number (so garbled labels such as {@code 13.} for paragraph 3 still count); where they do
 * not, the label must continue the count (allowing the {@code 1}-prefix garble and one skipped
 * number), so numbered lists inside a paragraph stay in it. Sub-lettered items ({@code A.})
 * never start a paragraph. A body without labels is split at blank lines. Headings between
 * paragraphs are dropped, but mark the paragraphs under them as summary or comment. The text of
 * each paragraph is assembled by {@link ParagraphText}.
 */
final class ParagraphSplitter {

    /** An extract may begin at a later paragraph: the first label may be up to this. */
    private static final int FIRST_LABEL_MAX = 5;
    /** Labels above this are years, amounts or serials, not paragraph numbers. */
    private static final int LABEL_MAX = 199;

    private ParagraphSplitter() {
    }

    /** True when the line opens a numbered paragraph ({@code 1. (C) ...}, {@code ¶2. ...}). */
    static boolean isParagraphStart(String line) {
        return isParagraphStart(line, 0, line.length());
    }

    /** True when line {@code index} opens a numbered paragraph, as {@link #isParagraphStart(String)}. */
    static boolean isParagraphStart(CableLines lines, int index) {
        return isParagraphStart(lines.source(index), lines.start(index), lines.end(index));
    }

    /** As {@link #isParagraphStart(String)} for the line held by {@code source} in {@code [from, to)}. */
    private static boolean isParagraphStart(String source, int from, int to) {
        return startLabel(source, from, to) != null;
    }

    /** The label that starts a paragraph on this line (marked, or followed by text), or null. */
    private static ParagraphLabel startLabel(String source, int from, int to) {
        if (!mayStartParagraph(source, from, to)) {
            return null;
        }
        ParagraphLabel label = ParagraphLabel.find(source, from, to);
        return label != null && (label.marked() || !CableLines.isBlank(source, label.end(), to)) ? label : null;
    }

    /**
     * A paragraph label begins with a digit or a pilcrow: a cheap test before the pattern, on the
     * line held by {@code source} in {@code [from, to)}.
     */
    static boolean mayStartParagraph(String source, int from, int to) {
        int i = from;
        while (i < to && source.charAt(i) == ' ') {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char first = source.charAt(i);
        return first == '¶' || (first >= '0' && first <= '9');
    }

    /** One numbered line that may start a paragraph; its text starts at {@code textStart} of the line's source. */
    private record Candidate(int line, String label, int number, String markingText, Classification marking,
                             int textStart) {
    }

    /**
     * @param lines the cleaned lines
     * @param from  index of the first body line
     * @param to    index after the last body line (signer excluded)
     */
    static List<Paragraph> split(CableLines lines, int from, int to) {
        List<Candidate> candidates = candidates(lines, from, to);
        List<Candidate> starts = chooseStarts(candidates);
        List<Paragraph> paragraphs = new ArrayList<>();
        if (starts.isEmpty()) {
            splitAtBlankLines(lines, from, to, paragraphs);
            return paragraphs;
        }
        List<String> texts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        ParagraphText assembled = new ParagraphText(lines.wrapWidth(from, to));
        headings.add(precedingHeading(assembled, lines, from, starts.get(0).line()));
        for (int k = 0; k < starts.size(); k++) {
            Candidate start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1).line() : to;
            assembled.assemble(lines, start.line(), start.textStart(), end);
            headings.add(k + 1 < starts.size() ? trailingHeading(assembled) : null);
            String text = TextRepair.repair(assembled.text());
            if (start.markingText() != null && start.marking() == null) {
                text = "(" + start.markingText() + ") " + text;
            }
            texts.add(text);
        }
        List<ParagraphKind> kinds = ParagraphKinds.assign(texts, headings);
        for (int k = 0; k < starts.size(); k++) {
            Candidate start = starts.get(k);
            paragraphs.add(new Paragraph(k + 1, start.label(), start.marking(), texts.get(k),
                    lines.sourceLine(start.line()), kinds.get(k)));
        }
        return paragraphs;
    }

    private static List<Candidate> candidates(CableLines lines, int from, int to) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String source = lines.source(i);
            int end = lines.end(i);
            ParagraphLabel found = startLabel(source, lines.start(i), end);
            if (found == null) {
                continue;
            }
            int number = Integer.parseInt(source, found.numberStart(), found.numberEnd(), 10);
            if (number == 0 || number > LABEL_MAX) {
                continue;
            }
            String label = source.substring(found.numberStart(), found.numberEnd());
            String markingText = found.marked()
                    ? source.substring(found.markingStart(), found.markingEnd()).strip() : null;
            Classification marking = markingText == null ? null : Classification.parse(markingText);
            candidates.add(new Candidate(i, label, number, markingText, marking, found.end()));
        }
        return candidates;
    }

    /**
     * Picks the paragraph starts among the numbered lines. Where paragraphs are marked, a marked
     * line always starts one; an unmarked line does when it continues the count, or when it comes
     * after the last marked line with a higher label (a closing unmarked paragraph). Where they are
     * not marked, the label must continue the count (one number may be skipped). An unmarked
     * {@code 1.} after the first paragraph opens a list inside the paragraph: its items are not
     * paragraph starts, and a label that both continues the list and the count belongs to the list
     * when the same label comes again further on.
     */
    private static List<Candidate> chooseStarts(List<Candidate> candidates) {
        int lastMarked = -1;
        int marked = 0;
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k).marking() != null) {
                marked++;
                lastMarked = k;
            }
        }
        boolean markedStyle = marked >= 2 || (marked == 1 && candidates.size() <= 2);
        List<Candidate> starts = new ArrayList<>();
        int expected = 1;
        int lastLabel = 0;
        int listExpected = 0;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            boolean continues = continuesCount(c.label(), expected)
                    || (c.number() == expected + 1 && !starts.isEmpty())
                    || (starts.isEmpty() && c.number() <= FIRST_LABEL_MAX);
            boolean accept;
            if (markedStyle && c.marking() != null) {
                accept = true;
            } else if (c.number() == 1 && !starts.isEmpty() && !continues) {
                listExpected = 2;
                continue;
            } else if (listExpected > 0 && c.number() == listExpected
                    && (!continues || labelComesAgain(candidates, k))) {
                listExpected++;
                continue;
            } else if (markedStyle) {
                accept = continues || (c.markingText() == null && k > lastMarked && c.number() > lastLabel);
            } else {
                accept = continues;
            }
            if (accept) {
                starts.add(c);
                expected = c.number() == expected + 1 ? expected + 2 : expected + 1;
                lastLabel = c.number();
                listExpected = 0;
            }
        }
        return starts;
    }

    private static boolean labelComesAgain(List<Candidate> candidates, int k) {
        for (int j = k + 1; j < candidates.size(); j++) {
            if (candidates.get(j).number() == candidates.get(k).number()) {
                return true;
            }
        }
        return false;
    }

    /** {@code 3} continues a count at 3, and so does {@code 13} (a pilcrow read as 1). */
    private static boolean continuesCount(String label, int expected) {
        String e = Integer.toString(expected);
        return label.equals(e) || label.equals("1" + e);
    }

    private static void splitAtBlankLines(CableLines lines, int from, int to, List<Paragraph> paragraphs) {
        List<String> texts = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String heading = null;
        ParagraphText assembled = new ParagraphText(lines.wrapWidth(from, to));
        int i = from;
        while (i < to) {
            while (i < to && (lines.isBlank(i) || ParagraphText.isDropped(lines, i))) {
                i++;
            }
            int start = i;
            while (i < to && !lines.isBlank(i)) {
                i++;
            }
            String block = assembled.assemble(lines, start, i).text();
            if (block.isEmpty()) {
                continue;
            }
            if (ParagraphText.looksLikeHeading(block)) {
                heading = block;
                continue;
            }
            String text = TextRepair.repair(block);
            int last = texts.size() - 1;
            if (last >= 0 && heading == null && ParagraphText.continuesSentence(texts.get(last), text)) {
                texts.set(last, texts.get(last) + " " + text);
                continue;
            }
            texts.add(text);
            firstLines.add(start);
            headings.add(heading);
            heading = null;
        }
        headings.add(null);
        List<ParagraphKind> kinds = ParagraphKinds.assign(texts, headings);
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            Matcher marked = LEADING_MARKING.matcher(text);
            // anchored at the start: looking there alone finds what a search finds
            Classification marking = marked.lookingAt() ? Classification.parse(marked.group(1)) : null;
            if (marking != null) {
                text = text.substring(marked.end());
            }
            paragraphs.add(new Paragraph(k + 1, null, marking, text, lines.sourceLine(firstLines.get(k)),
                    kinds.get(k)));
        }
    }

    private static final Pattern LEADING_MARKING = Pattern.compile("^\\(([A-Z/]{1,8})\\)\\s+");

    /** The heading just before the first paragraph start, if the last block there is one. */
    private static String precedingHeading(ParagraphText assembler, CableLines lines, int from, int start) {
        String last = assembler.assemble(lines, from, start).lastBlock();
        return ParagraphText.looksLikeHeading(last) ? last : null;
    }

    /** Removes and returns the last block when it is a heading for what follows; a lone block stays. */
    private static String trailingHeading(ParagraphText text) {
        if (text.blocks() < 2) {
            return null;
        }
        String last = text.lastBlock();
        if (!ParagraphText.looksLikeHeading(last)) {
            return null;
        }
        text.removeLastBlock();
        return last;
    }
}
