package tieline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieline.briefing.BriefingScene;
import tieline.briefing.SceneEvidence;
import tieline.briefing.TimelineRow;
import tieline.model.RelationType;

/**
 * Paints a timeline picture: one row per relationship with a mark per piece of evidence on a
 * dated axis (colour by relation type; marks a few days apart stack, or become one numbered
 * disc when the row is too low to stack them), and under it the
 * evidence itself, oldest first, with date, citation and quote. A short picture is set a
 * little above the middle of the area rather than leaving the lower half empty.
 */
final class TimelinePainter implements DiagramPainter {

    private static final double MARK_RADIUS = 3.4;
    private static final double MIN_ROW = 10;
    private static final Color BAND = new Color(0xF2F4F7);
    private static final Color GRID = new Color(0xDDDDDD);

    @Override
    public void paint(PaintSurface s, BriefingScene scene, Rectangle2D area) {
        List<TimelineRow> all = scene.timeline().stream().filter(r -> !r.evidence().isEmpty()).toList();
        if (all.isEmpty()) {
            EmptyPicture.paint(s, area, "No dated evidence under this ceiling and these filters.");
            return;
        }
        Font labelFont = s.fonts().regular(BriefingStyle.LABEL_FONT);
        Font tickFont = s.fonts().regular(BriefingStyle.FOOTER_FONT);
        double maxRow = all.size() <= 3 ? 30 : 20;
        double rowsBudget = area.getHeight() * 0.42;
        double rowHeight = Math.max(MIN_ROW, Math.min(maxRow, rowsBudget / all.size()));
        int visibleRows = (int) Math.min(all.size(), Math.max(1, Math.floor(rowsBudget / rowHeight)));
        List<TimelineRow> rows = mostEvidenced(all, visibleRows);
        double labelWidth = 0;
        for (TimelineRow r : rows) {
            labelWidth = Math.max(labelWidth, TextMetrics.width(labelFont, r.label()));
        }
        labelWidth = Math.min(labelWidth + 8, area.getWidth() * 0.3);

        double axisBlock = 3 + TextMetrics.lineHeight(tickFont) + 8
                + (visibleRows < all.size() ? TextMetrics.lineHeight(tickFont) + 2 : 0);
        double chartHeight = visibleRows * rowHeight + axisBlock;

        List<EvidenceListPainter.Entry> entries = evidenceOf(all);
        EvidenceListPainter.Plan plan = EvidenceListPainter.plan(s.fonts(), entries, area.getWidth(),
                area.getHeight() - chartHeight, all.size() > 1);
        double spare = area.getHeight() - chartHeight - plan.height();
        double top = area.getY() + 2 + Math.max(0, spare * 0.3);

        double plotLeft = area.getX() + labelWidth + 6;
        double plotRight = area.getMaxX() - 12;
        double rowsBottom = top + visibleRows * rowHeight;
        LocalDate first = rows.stream().map(r -> r.evidence().get(0).date()).min(Comparator.naturalOrder()).get();
        LocalDate last = rows.stream().map(r -> r.evidence().get(r.evidence().size() - 1).date())
                .max(Comparator.naturalOrder()).get();
        DateAxis axis = new DateAxis(first, last, plotLeft, plotRight);
        List<DateAxis.Tick> ticks = axis.ticks(TextMetrics.width(tickFont, "Mmm 0000"));

        for (int i = 0; i < visibleRows; i += 2) {
            s.fill(new Rectangle2D.Double(area.getX(), top + i * rowHeight, plotRight - area.getX() + 6, rowHeight),
                    BAND);
        }
        for (DateAxis.Tick t : ticks) {
            s.stroke(new Line2D.Double(t.x(), top, t.x(), rowsBottom), GRID, 0.5);
        }
        for (int i = 0; i < visibleRows; i++) {
            TimelineRow row = rows.get(i);
            double cy = top + i * rowHeight + rowHeight / 2;
            String label = TextMetrics.fit(labelFont, row.label(), labelWidth - 4);
            s.rightText(label, labelFont, BriefingStyle.INK, area.getX() + labelWidth,
                    cy + (TextMetrics.ascent(labelFont) - TextMetrics.descent(labelFont)) / 2, TextRole.LABEL);
            paintMarks(s, row, axis, cy, rowHeight);
        }
        s.stroke(new Line2D.Double(plotLeft, rowsBottom, plotRight, rowsBottom), BriefingStyle.MUTED, 0.7);
        double tickBaseline = rowsBottom + 3 + TextMetrics.ascent(tickFont);
        for (DateAxis.Tick t : ticks) {
            s.stroke(new Line2D.Double(t.x(), rowsBottom, t.x(), rowsBottom + 2.5), BriefingStyle.MUTED, 0.7);
            s.centredText(t.label(), tickFont, BriefingStyle.MUTED, t.x(), tickBaseline, TextRole.LABEL);
        }
        double listTop = tickBaseline + TextMetrics.descent(tickFont) + 8;
        if (visibleRows < all.size()) {
            s.text((all.size() - visibleRows) + " relationships with less evidence are not drawn.",
                    tickFont, BriefingStyle.MUTED, area.getX(), listTop + TextMetrics.ascent(tickFont),
                    TextRole.EVIDENCE);
            listTop += TextMetrics.lineHeight(tickFont) + 2;
        }
        EvidenceListPainter.paint(s, plan, area.getX(), listTop);
    }

    /**
     * Marks of one row. Evidence closer together than a mark's width forms a cluster: a small
     * cluster stacks when the row is tall enough, a larger one becomes one disc in the colour of
     * its strongest type with the count inside.
     */
    private static void paintMarks(PaintSurface s, TimelineRow row, DateAxis axis, double cy, double rowHeight) {
        double step = 2 * MARK_RADIUS + 0.8;
        int fits = 1 + 2 * (int) Math.floor(Math.max(0, rowHeight / 2 - MARK_RADIUS - 0.5) / step);
        for (List<SceneEvidence> cluster : clusters(row, axis)) {
            double x = cluster.stream().mapToDouble(e -> axis.x(e.date())).average().orElseThrow();
            if (cluster.size() <= fits) {
                for (int k = 0; k < cluster.size(); k++) {
                    double dy = k == 0 ? 0 : (k % 2 == 1 ? -1 : 1) * step * ((k + 1) / 2);
                    double mx = cluster.size() == 1 ? x : axis.x(cluster.get(k).date());
                    disc(s, mx, cy + dy, MARK_RADIUS, TypePalette.relationColour(cluster.get(k).type()));
                }
            } else {
                RelationType strongest = cluster.stream().map(SceneEvidence::type)
                        .min(Comparator.naturalOrder()).orElseThrow();
                Font font = s.fonts().bold(BriefingStyle.FOOTER_FONT);
                String count = Integer.toString(cluster.size());
                double radius = Math.max(MARK_RADIUS + 1.6, TextMetrics.width(font, count) / 2 + 1.6);
                disc(s, x, cy, radius, TypePalette.relationColour(strongest));
                s.centredText(count, font, Color.WHITE, x,
                        cy + (TextMetrics.ascent(font) - TextMetrics.descent(font)) / 2, TextRole.LABEL);
            }
        }
    }

    private static void disc(PaintSurface s, double x, double y, double radius, Color colour) {
        Ellipse2D mark = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        s.fill(mark, colour);
        s.stroke(mark, Color.WHITE, 0.6);
    }

    /** The row's evidence grouped left to right: a new group starts a numbered disc's width after the last. */
    private static List<List<SceneEvidence>> clusters(TimelineRow row, DateAxis axis) {
        List<List<SceneEvidence>> clusters = new ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        for (SceneEvidence e : row.evidence()) {
            double x = axis.x(e.date());
            if (x - lastX > 2 * (MARK_RADIUS + 1.6) + 1 || clusters.isEmpty()) {
                clusters.add(new ArrayList<>());
            }
            clusters.get(clusters.size() - 1).add(e);
            lastX = x;
        }
        return clusters;
    }

    /** The rows with the most evidence, kept in the scene's order. */
    private static List<TimelineRow> mostEvidenced(List<TimelineRow> rows, int count) {
        if (rows.size() <= count) {
            return rows;
        }
        List<TimelineRow> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparingInt((TimelineRow r) -> -r.evidence().size()));
        Set<TimelineRow> kept = new HashSet<>(ranked.subList(0, count));
        return rows.stream().filter(kept::contains).toList();
    }

    /**
     * The evidence to list, oldest first. One sentence often links several pairs; it is listed
     * once, naming every relationship it supports, with its strongest type.
     */
    private static List<EvidenceListPainter.Entry> evidenceOf(List<TimelineRow> rows) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, SceneEvidence> first = new LinkedHashMap<>();
        for (TimelineRow r : rows) {
            for (SceneEvidence e : r.evidence()) {
                String key = e.date() + "|" + e.cableId() + "|" + e.paragraph() + "|" + e.quote();
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(r.label());
                first.merge(key, e, (a, b) -> b.type().isStrongerThan(a.type()) ? b : a);
            }
        }
        List<EvidenceListPainter.Entry> entries = new ArrayList<>();
        first.forEach((key, e) -> entries.add(new EvidenceListPainter.Entry(null,
                String.join(", ", names.get(key)), e)));
        entries.sort(Comparator.comparing((EvidenceListPainter.Entry en) -> en.evidence().date())
                .thenComparing(en -> en.evidence().cableId())
                .thenComparingInt(en -> en.evidence().paragraph()));
        return entries;
    }
}
