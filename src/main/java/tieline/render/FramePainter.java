package tieline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import tieline.briefing.BriefingScene;
import tieline.briefing.SecurityMarking;
import tieline.cable.Classification;

/**
 * Paints the briefing frame: the classification banners top and bottom, title and subtitle,
 * and the footer with sources, the derived-from / declassify-on block and the generation date.
 */
final class FramePainter {

    private FramePainter() {
    }

    static void paint(PaintSurface s, BriefingScene scene, FrameLayout layout) {
        paintBanners(s, scene.marking().banner(), layout);
        paintHeader(s, layout);
        paintFooter(s, layout);
    }

    /** The classification bars at the top and bottom of a page. */
    static void paintBanners(PaintSurface s, Classification banner, FrameLayout layout) {
        paintBanner(s, banner, layout.topBanner());
        paintBanner(s, banner, layout.bottomBanner());
    }

    private static void paintBanner(PaintSurface s, Classification marking, Rectangle2D bar) {
        s.fill(bar, MarkingColours.background(marking));
        Font font = s.fonts().bold(BriefingStyle.BANNER_FONT);
        double baseline = bar.getCenterY() + (TextMetrics.ascent(font) - TextMetrics.descent(font)) / 2;
        s.centredText(SecurityMarking.text(marking), font, MarkingColours.text(marking), bar.getCenterX(), baseline,
                TextRole.BANNER);
    }

    private static void paintHeader(PaintSurface s, FrameLayout layout) {
        Font titleFont = s.fonts().bold(layout.titleSize());
        Font subtitleFont = s.fonts().regular(BriefingStyle.SUBTITLE_FONT);
        double x = layout.topBanner().getX();
        double y = layout.titleTop();
        for (String line : layout.titleLines()) {
            y += TextMetrics.ascent(titleFont);
            s.text(line, titleFont, BriefingStyle.INK, x, y, TextRole.TITLE);
            y += TextMetrics.lineHeight(titleFont) - TextMetrics.ascent(titleFont);
        }
        for (String line : layout.subtitleLines()) {
            y += TextMetrics.ascent(subtitleFont);
            s.text(line, subtitleFont, BriefingStyle.MUTED, x, y, TextRole.SUBTITLE);
            y += TextMetrics.lineHeight(subtitleFont) - TextMetrics.ascent(subtitleFont);
        }
    }

    private static void paintFooter(PaintSurface s, FrameLayout layout) {
        Rectangle2D footer = layout.footer();
        Font font = s.fonts().regular(BriefingStyle.FOOTER_FONT);
        double line = TextMetrics.lineHeight(font);
        s.stroke(new Line2D.Double(footer.getX(), footer.getY(), footer.getMaxX(), footer.getY()),
                BriefingStyle.RULE, 0.5);
        double y = footer.getY() + 2 + TextMetrics.ascent(font);
        for (String text : layout.sourceLines()) {
            s.text(text, font, BriefingStyle.MUTED, footer.getX(), y, TextRole.FOOTER);
            y += line;
        }
        double x = footer.getX() + footer.getWidth() * 0.6;
        y = footer.getY() + 2 + TextMetrics.ascent(font);
        for (String text : layout.authorityLines()) {
            Color colour = text.startsWith("Generated") ? BriefingStyle.MUTED : BriefingStyle.INK;
            s.text(text, font, colour, x, y, TextRole.FOOTER);
            y += line;
        }
    }
}
