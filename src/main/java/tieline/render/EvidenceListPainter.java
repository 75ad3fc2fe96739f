package tieline.render;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tieline.briefing.SceneEvidence;

/**
 * Lays out and paints quoted evidence: per entry a heading line (date, citation, type and,
 * when asked, which relationship) and the quote wrapped under it, optionally under group
 * headings (one per path hop). Uses one full-width column when everything fits, else two.
 * What does not fit is counted in a closing note.
 */
final class EvidenceListPainter {

    /**
     * One piece of evidence to list.
     *
     * @param group        heading to show above the first entry of a group, or null
     * @param relationship the relationship's name, appended to the heading line when asked
     * @param evidence     the evidence
     */
    record Entry(String group, String relationship, SceneEvidence evidence) {
    }

    /** A planned entry: where it goes and its wrapped quote. */
    record Block(Entry entry, boolean startsGroup, String heading, List<String> quoteLines, int column, double y) {
    }

    /** The whole planned list; {@code height} is what it occupies. */
    record Plan(List<Block> blocks, int total, int columns, double columnWidth, double height) {

        int shown() {
            return blocks.size();
        }
    }

    private static final int MAX_QUOTE_LINES = 3;
    private static final double TWO_COLUMNS_FROM = 480;
    private static final double MAX_LINE_WIDTH = 560;
    private static final int MIN_ENTRIES_FOR_COLUMNS = 4;
    private static final double GUTTER = 16;
    private static final double INDENT = 8;
    private static final double ENTRY_GAP = 3;

    private EvidenceListPainter() {
    }

    /**
     * Plans the list into a box of the given size: short lists in one column of readable
     * width, longer ones in two balanced columns when the box is wide enough.
     */
    static Plan plan(BriefingFonts fonts, List<Entry> entries, double width, double maxHeight,
                     boolean nameRelationship) {
        if (entries.size() < MIN_ENTRIES_FOR_COLUMNS || width < TWO_COLUMNS_FROM) {
            return plan(fonts, entries, Math.min(width, MAX_LINE_WIDTH), maxHeight, nameRelationship, 1);
        }
        Plan two = plan(fonts, entries, width, maxHeight, nameRelationship, 2);
        if (two.shown() < entries.size()) {
            return two;
        }
        double low = 0;
        double high = maxHeight;
        while (high - low > 2) {
            double mid = (low + high) / 2;
            if (plan(fonts, entries, width, mid, nameRelationship, 2).shown() == entries.size()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return plan(fonts, entries, width, high, nameRelationship, 2);
    }

    private static Plan plan(BriefingFonts fonts, List<Entry> entries, double width, double maxHeight,
                             boolean nameRelationship, int columns) {
        Font head = fonts.bold(BriefingStyle.LABEL_FONT);
        Font body = fonts.regular(BriefingStyle.LABEL_FONT);
        Font group = fonts.bold(BriefingStyle.LEGEND_FONT);
        double line = TextMetrics.lineHeight(body);
        double groupLine = TextMetrics.lineHeight(group) + 2;
        double noteLine = TextMetrics.lineHeight(fonts.regular(BriefingStyle.FOOTER_FONT));
        double columnWidth = (width - GUTTER * (columns - 1)) / columns;
        double bottom = maxHeight - (entries.isEmpty() ? 0 : noteLine);
        List<Block> blocks = new ArrayList<>();
        int column = 0;
        double y = 0;
        double used = 0;
        String previousGroup = null;
        for (Entry entry : entries) {
            boolean startsGroup = entry.group() != null && !Objects.equals(entry.group(), previousGroup);
            String heading = headingOf(entry, nameRelationship);
            List<String> quote = quoteLines(entry, body, columnWidth - INDENT);
            double needed = (startsGroup ? groupLine : 0) + line * (1 + quote.size()) + ENTRY_GAP;
            if (y + needed > bottom && column + 1 < columns) {
                column++;
                y = 0;
            }
            if (y + needed > bottom) {
                break;
            }
            blocks.add(new Block(entry, startsGroup, TextMetrics.fit(head, heading, columnWidth - INDENT), quote,
                    column, y));
            y += needed;
            used = Math.max(used, y);
            previousGroup = entry.group();
        }
        double height = used + (blocks.size() < entries.size() ? noteLine : 0);
        return new Plan(blocks, entries.size(), columns, columnWidth, height);
    }

    private static String headingOf(Entry entry, boolean nameRelationship) {
        SceneEvidence e = entry.evidence();
        return e.dateText() + "  " + e.citation() + "  " + TypePalette.relationName(e.type())
                + (nameRelationship && entry.relationship() != null ? "  \u00b7  " + entry.relationship() : "");
    }

    /** Paints a plan with its top left corner at (x, y). */
    static void paint(PaintSurface s, Plan plan, double x, double y) {
        Font head = s.fonts().bold(BriefingStyle.LABEL_FONT);
        Font body = s.fonts().regular(BriefingStyle.LABEL_FONT);
        Font group = s.fonts().bold(BriefingStyle.LEGEND_FONT);
        Font note = s.fonts().regular(BriefingStyle.FOOTER_FONT);
        double line = TextMetrics.lineHeight(body);
        for (Block b : plan.blocks()) {
            double left = x + b.column() * (plan.columnWidth() + GUTTER);
            double top = y + b.y();
            if (b.startsGroup()) {
                s.text(TextMetrics.fit(group, b.entry().group(), plan.columnWidth()), group, BriefingStyle.INK, left,
                        top + TextMetrics.ascent(group), TextRole.EVIDENCE);
                top += TextMetrics.lineHeight(group) + 2;
            }
            double baseline = top + TextMetrics.ascent(head);
            s.fill(new Ellipse2D.Double(left, baseline - 5.5, 5, 5), TypePalette.relationColour(b.entry().evidence()
                    .type()));
            s.text(b.heading(), head, BriefingStyle.INK, left + INDENT, baseline, TextRole.EVIDENCE);
            top += line;
            for (String text : b.quoteLines()) {
                s.text(text, body, BriefingStyle.MUTED, left + INDENT, top + TextMetrics.ascent(body),
                        TextRole.EVIDENCE);
                top += line;
            }
        }
        int missing = plan.total() - plan.shown();
        if (missing > 0) {
            s.text(missing + (missing == 1 ? " more piece" : " more pieces") + " of evidence not quoted here; "
                    + "the cables are listed under Sources.", note, BriefingStyle.MUTED, x,
                    y + plan.height() - TextMetrics.descent(note), TextRole.EVIDENCE);
        }
    }

    private static List<String> quoteLines(Entry entry, Font font, double width) {
        String quote = entry.evidence().quote().strip();
        if (quote.isEmpty()) {
            return List.of();
        }
        return TextMetrics.wrap(font, "\u201c" + quote + "\u201d", width, MAX_QUOTE_LINES);
    }
}
