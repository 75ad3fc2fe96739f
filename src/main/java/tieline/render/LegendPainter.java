package tieline.render;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingScene;
import tieline.briefing.Legend;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * Paints the legend column: only the entity and relation types the picture shows, each with
 * its shape or line swatch, and a note on what line width means.
 */
final class LegendPainter {

    private static final double SWATCH = 16;
    private static final double MIN_WIDTH = 92;
    private static final double MAX_WIDTH = 150;
    private static final List<String> NETWORK_NOTES = List.of("Thicker line: more evidence",
            "Larger node: more links");
    private static final List<String> TIMELINE_NOTES = List.of("Number: pieces of evidence",
            "a few days apart");

    private LegendPainter() {
    }

    /** The column width the legend needs, or 0 when there is nothing to explain. */
    static double width(BriefingScene scene, BriefingFonts fonts) {
        if (scene.legend().isEmpty()) {
            return 0;
        }
        Font font = fonts.regular(BriefingStyle.LEGEND_FONT);
        Font heading = fonts.bold(BriefingStyle.LEGEND_FONT);
        double widest = 0;
        for (String h : headings(scene)) {
            widest = Math.max(widest, TextMetrics.width(heading, h));
        }
        for (String name : names(scene.legend())) {
            widest = Math.max(widest, SWATCH + 4 + TextMetrics.width(font, name));
        }
        if (scene.kind() != BriefingKind.PATH) {
            Font note = fonts.regular(BriefingStyle.FOOTER_FONT);
            for (String n : scene.kind() == BriefingKind.NETWORK ? NETWORK_NOTES : TIMELINE_NOTES) {
                widest = Math.max(widest, TextMetrics.width(note, n));
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 12));
    }

    private static List<String> headings(BriefingScene scene) {
        return List.of("Entities", relationHeading(scene.kind()));
    }

    private static List<String> names(Legend legend) {
        List<String> names = new ArrayList<>();
        legend.entityTypes().forEach(t -> names.add(TypePalette.entityName(t)));
        legend.relationTypes().forEach(t -> names.add(TypePalette.relationName(t)));
        return names;
    }

    private static String relationHeading(BriefingKind kind) {
        return kind == BriefingKind.TIMELINE ? "Evidence" : "Relationships";
    }

    static void paint(PaintSurface s, BriefingScene scene, Rectangle2D area) {
        Font font = s.fonts().regular(BriefingStyle.LEGEND_FONT);
        Font heading = s.fonts().bold(BriefingStyle.LEGEND_FONT);
        Font note = s.fonts().regular(BriefingStyle.FOOTER_FONT);
        double line = TextMetrics.lineHeight(font) + 2.5;
        double x = area.getX() + 8;
        double y = area.getY() + TextMetrics.ascent(heading);
        s.stroke(new Line2D.Double(area.getX(), area.getY(), area.getX(), area.getY()
                + Math.min(area.getHeight(), legendHeight(scene, line))), BriefingStyle.RULE, 0.6);
        Legend legend = scene.legend();
        if (!legend.entityTypes().isEmpty()) {
            s.text("Entities", heading, BriefingStyle.INK, x, y, TextRole.LEGEND);
            y += line;
            for (EntityType type : legend.entityTypes()) {
                double cy = y - TextMetrics.ascent(font) * 0.35;
                s.fill(TypePalette.nodeShape(type, x + SWATCH / 2, cy, 4), TypePalette.entityColour(type));
                s.text(TypePalette.entityName(type), font, BriefingStyle.INK, x + SWATCH + 4, y, TextRole.LEGEND);
                y += line;
            }
            y += line * 0.4;
        }
        if (!legend.relationTypes().isEmpty()) {
            s.text(relationHeading(scene.kind()), heading, BriefingStyle.INK, x, y, TextRole.LEGEND);
            y += line;
            for (RelationType type : legend.relationTypes()) {
                double cy = y - TextMetrics.ascent(font) * 0.35;
                if (scene.kind() == BriefingKind.TIMELINE) {
                    s.fill(new Ellipse2D.Double(x + SWATCH / 2 - 3.2, cy - 3.2, 6.4, 6.4),
                            TypePalette.relationColour(type));
                } else {
                    s.stroke(new Line2D.Double(x, cy, x + SWATCH, cy), TypePalette.relationColour(type), 2.2);
                }
                s.text(TypePalette.relationName(type), font, BriefingStyle.INK, x + SWATCH + 4, y, TextRole.LEGEND);
                y += line;
            }
            List<String> notes = scene.kind() == BriefingKind.NETWORK ? NETWORK_NOTES
                    : scene.kind() == BriefingKind.TIMELINE ? TIMELINE_NOTES : List.of();
            if (!notes.isEmpty()) {
                y += line * 0.3;
                for (String n : notes) {
                    s.text(n, note, BriefingStyle.MUTED, x, y, TextRole.LEGEND);
                    y += TextMetrics.lineHeight(note);
                }
            }
        }
    }

    private static double legendHeight(BriefingScene scene, double line) {
        int rows = scene.legend().entityTypes().size() + scene.legend().relationTypes().size() + 4;
        return rows * line;
    }
}
