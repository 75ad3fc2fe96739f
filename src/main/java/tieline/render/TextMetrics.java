package tieline.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text with one fixed rendering context (anti-aliased, fractional
 * metrics), independent of the target, so layout decisions are identical in every format.
 */
public final class TextMetrics {

    /** The context every measurement uses; painters set matching rendering hints. */
    public static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final String ELLIPSIS = "\u2026";

    private TextMetrics() {
    }

    /** Advance width of a text in points. */
    public static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** Distance from the baseline to the top of the tallest glyphs. */
    public static double ascent(Font font) {
        return lineMetrics(font).getAscent();
    }

    /** Distance from the baseline to the bottom of descenders. */
    public static double descent(Font font) {
        return lineMetrics(font).getDescent();
    }

    /** Height of one line (ascent plus descent plus a little leading). */
    public static double lineHeight(Font font) {
        LineMetrics m = lineMetrics(font);
        return m.getAscent() + m.getDescent() + font.getSize2D() * 0.12;
    }

    private static LineMetrics lineMetrics(Font font) {
        return font.getLineMetrics("Hg", CONTEXT);
    }

    /** The text shortened with an ellipsis so it fits the width (whole when it fits). */
    public static String fit(Font font, String text, double maxWidth) {
        if (width(font, text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(font, text.substring(0, end).stripTrailing() + ELLIPSIS) > maxWidth) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Wraps text at spaces into lines no wider than the width; a word longer than a line is cut.
     * At most {@code maxLines} lines: the last one ends with an ellipsis when text was left over.
     */
    public static List<String> wrap(Font font, String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String word = words[i];
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.length() == 0) {
                lines.add(fit(font, word, maxWidth));
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, fit(font, lines.get(last) + " " + ELLIPSIS, maxWidth));
        }
        return lines;
    }

    /**
     * A list set as running text over at most {@code maxLines} lines, never breaking inside an
     * item: {@code prefix item, item, ... closing}. When not every item fits, the list ends
     * with {@code … and N more} so the reader knows what is missing.
     */
    public static List<String> list(Font font, String prefix, List<String> items, String closing, double maxWidth,
                                    int maxLines) {
        List<String> all = lines(font, prefix, items, items.size(), closing, maxWidth);
        if (all.size() <= maxLines) {
            return all;
        }
        int low = 0;
        int high = items.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (lines(font, prefix, items, mid, closing, maxWidth).size() <= maxLines) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        List<String> shown = lines(font, prefix, items, low, closing, maxWidth);
        return shown.size() <= maxLines ? shown : shown.subList(0, maxLines);
    }

    private static List<String> lines(Font font, String prefix, List<String> items, int count, String closing,
                                      double maxWidth) {
        List<String> pieces = new ArrayList<>(items.subList(0, count));
        if (count < items.size()) {
            pieces.add(ELLIPSIS + " and " + (items.size() - count) + " more");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        boolean lineHasItem = false;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i) + (i == pieces.size() - 1 ? closing : ",");
            String candidate = lineHasItem ? line + " " + piece : line + piece;
            if (width(font, candidate) <= maxWidth || !lineHasItem) {
                line.setLength(0);
                line.append(candidate);
                lineHasItem = true;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(piece);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
