package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body of a cable into numbered paragraphs: finds paragraph starts even where the
 * label is garbled ({@code 13.} for paragraph 3), reads portion markings, re-joins wrapped
 * lines and drops page-break, section-break, SIPDIS and heading lines.
 */
final class ParagraphSplitter {

    private static final Pattern START = Pattern.compile(
            "^\\s{0,3}(¶\\s?)?(\\d{1,3})\\s?\\.(?:\\s+|(?=\\())(?:\\(([A-Za-z/ ]{1,12})\\)\\s*)?(.*)$");
    static final Pattern PAGE_BREAK = Pattern.compile(
            "^\\s*[A-Z][A-Z .]*\\s+\\d{5,8}\\s+\\d{1,3}(?:\\.\\d+)?\\s+OF\\s+\\d{1,3}\\s*$");
    private static final Pattern SECTION_BREAK = Pattern.compile("^\\s*SECTION\\s+\\d+\\s+OF\\s+\\d+.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile(
            "^\\s*(SIPDIS|\\*\\s*Missing Section.*\\*|-{2,}|NNNN|SENSITIVE|NOFORN|CONFIDENTIAL|UNCLAS)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:\"'”’)\\]]$");

    private ParagraphSplitter() {
    }

    /**
     * @param lines   the cleaned lines
     * @param from    index of the first body line
     * @param to      index after the last body line (signer excluded)
     */
    static List<Paragraph> split(CableLines lines, int from, int to) {
        List<int[]> starts = new ArrayList<>();
        List<Matcher> matches = new ArrayList<>();
        int expected = 1;
        for (int i = from; i < to; i++) {
            Matcher m = START.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int label = Integer.parseInt(m.group(2));
            boolean pilcrow = m.group(1) != null;
            Classification marking = m.group(3) == null ? null : Classification.parse(m.group(3));
            boolean plausibleLabel = label == expected || label == expected + 10 || (label == 1 && expected == 1);
            if (marking != null || pilcrow || plausibleLabel) {
                if (m.group(3) != null && marking == null && !pilcrow && !plausibleLabel) {
                    continue;
                }
                starts.add(new int[]{i});
                matches.add(m);
                expected++;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        if (starts.isEmpty()) {
            String text = joinBlocks(lines, from, to, null);
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(1, null, null, text, lines.sourceLine(firstNonBlank(lines, from, to)),
                        kindOf(text, false)));
            }
            return paragraphs;
        }
        boolean commentHeading = false;
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k)[0];
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : to;
            Matcher m = matches.get(k);
            Classification marking = m.group(3) == null ? null : Classification.parse(m.group(3));
            String firstLine = m.group(4);
            String label = m.group(2);
            HeadingTracker heading = new HeadingTracker();
            String text = joinBlocks(lines, start + 1, end, firstLine, heading);
            if (m.group(3) != null && marking == null) {
                text = "(" + m.group(3) + ") " + text;
            }
            paragraphs.add(new Paragraph(k + 1, label, marking, text, lines.sourceLine(start),
                    kindOf(text, commentHeading)));
            commentHeading = heading.trailingHeading != null
                    && heading.trailingHeading.toUpperCase(Locale.ROOT).startsWith("COMMENT");
        }
        return paragraphs;
    }

    private static int firstNonBlank(CableLines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return Math.min(from, lines.size() - 1);
    }

    private static ParagraphKind kindOf(String text, boolean afterCommentHeading) {
        String head = text.length() > 40 ? text.substring(0, 40) : text;
        String upper = head.toUpperCase(Locale.ROOT).replaceFirst("^[^A-Z]*", "");
        if (upper.startsWith("SUMMARY") || upper.startsWith("BEGIN SUMMARY")) {
            return ParagraphKind.SUMMARY;
        }
        if (afterCommentHeading || upper.startsWith("COMMENT") || upper.startsWith("BEGIN COMMENT")) {
            return ParagraphKind.COMMENT;
        }
        return ParagraphKind.BODY;
    }

    /** Records the heading line found at the end of a paragraph, which belongs to the next one. */
    private static final class HeadingTracker {
        String trailingHeading;
    }

    private static String joinBlocks(CableLines lines, int from, int to, String firstLine) {
        return joinBlocks(lines, from, to, firstLine, new HeadingTracker());
    }

    private static String joinBlocks(CableLines lines, int from, int to, String firstLine, HeadingTracker heading) {
        List<StringBuilder> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        if (firstLine != null && !firstLine.isBlank()) {
            current.append(firstLine.strip());
        }
        List<Integer> blockLineCounts = new ArrayList<>();
        int linesInBlock = current.length() > 0 ? 1 : 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (isDropped(line)) {
                continue;
            }
            if (line.isBlank()) {
                if (current.length() > 0) {
                    blocks.add(current);
                    blockLineCounts.add(linesInBlock);
                    current = new StringBuilder();
                    linesInBlock = 0;
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
            linesInBlock++;
        }
        if (current.length() > 0) {
            blocks.add(current);
            blockLineCounts.add(linesInBlock);
        }
        if (blocks.size() > 1) {
            int last = blocks.size() - 1;
            String lastBlock = blocks.get(last).toString();
            if (blockLineCounts.get(last) == 1 && looksLikeHeading(lastBlock)) {
                heading.trailingHeading = lastBlock;
                blocks.remove(last);
            }
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder block : blocks) {
            if (out.length() > 0) {
                boolean continues = !SENTENCE_END.matcher(out).find()
                        && (Character.isLowerCase(block.charAt(0)) || Character.isLowerCase(out.charAt(out.length() - 1)));
                out.append(continues ? " " : "\n");
            }
            out.append(block);
        }
        return out.toString();
    }

    private static boolean isDropped(String line) {
        if (line.isBlank()) {
            return false;
        }
        return PAGE_BREAK.matcher(line).matches() || SECTION_BREAK.matcher(line).matches()
                || NOISE.matcher(line).matches();
    }

    private static boolean looksLikeHeading(String block) {
        return block.length() <= 70 && !block.matches(".*[.?!\"”]$");
    }
}
