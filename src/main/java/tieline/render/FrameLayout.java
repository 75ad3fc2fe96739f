package tieline.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import tieline.briefing.BriefingScene;
import tieline.briefing.SecurityMarking;
import tieline.briefing.SourceCable;

/**
 * Where each part of a briefing goes on a page, with the header and footer text already
 * wrapped to fit: banners at top and bottom, title and subtitle under the top banner, the
 * diagram with the legend to its right, and the footer (sources on the left, the authority
 * block and generation date on the right) above the bottom banner.
 *
 * @param topBanner      the top classification bar
 * @param titleSize      the title's font size: smaller than standard when that keeps it on one line
 * @param titleLines     the title, wrapped (at most two lines)
 * @param subtitleLines  range and filters, wrapped (at most two lines)
 * @param titleTop       y of the top of the title block
 * @param diagram        the area the picture is fitted into
 * @param legend         the legend column, or null when there is nothing to explain
 * @param footer         the footer band
 * @param sourceLines    the sources text, wrapped
 * @param authorityLines the derived-from / declassify-on block and the generation line
 * @param bottomBanner   the bottom classification bar
 */
record FrameLayout(Rectangle2D topBanner, double titleSize, List<String> titleLines, List<String> subtitleLines,
                   double titleTop,
                   Rectangle2D diagram, Rectangle2D legend, Rectangle2D footer, List<String> sourceLines,
                   List<String> authorityLines, Rectangle2D bottomBanner) {

    /** Lines the sources may take in the footer; the PDF adds pages with the whole list. */
    static final int MAX_FOOTER_LINES = 4;
    private static final int MAX_DERIVED_LINES = 2;

    static FrameLayout compute(BriefingScene scene, Page page, BriefingFonts fonts) {
        double m = BriefingStyle.MARGIN;
        double innerWidth = page.width() - 2 * m;
        Rectangle2D top = new Rectangle2D.Double(m, m, innerWidth, BriefingStyle.BANNER_HEIGHT);
        Rectangle2D bottom = new Rectangle2D.Double(m, page.height() - m - BriefingStyle.BANNER_HEIGHT,
                innerWidth, BriefingStyle.BANNER_HEIGHT);

        double titleSize = titleSize(fonts, scene.title(), innerWidth);
        Font titleFont = fonts.bold(titleSize);
        Font subtitleFont = fonts.regular(BriefingStyle.SUBTITLE_FONT);
        Font footerFont = fonts.regular(BriefingStyle.FOOTER_FONT);
        List<String> title = TextMetrics.wrap(titleFont, scene.title(), innerWidth, 2);
        List<String> subtitle = scene.subtitle().isBlank() ? List.of()
                : TextMetrics.wrap(subtitleFont, scene.subtitle(), innerWidth, 2);
        double titleTop = top.getMaxY() + BriefingStyle.GAP;
        double headerBottom = titleTop + title.size() * TextMetrics.lineHeight(titleFont)
                + subtitle.size() * TextMetrics.lineHeight(subtitleFont);

        double footerLine = TextMetrics.lineHeight(footerFont);
        double sourcesWidth = innerWidth * 0.6 - BriefingStyle.GAP;
        double authorityWidth = innerWidth * 0.4;
        List<String> sources = sourcesLines(scene.sources(), footerFont, sourcesWidth, MAX_FOOTER_LINES);
        List<String> authority = authorityLines(scene, footerFont, authorityWidth);
        int footerLines = Math.max(sources.size(), authority.size());
        double footerHeight = footerLines * footerLine + 4;
        Rectangle2D footer = new Rectangle2D.Double(m, bottom.getY() - BriefingStyle.GAP / 2 - footerHeight,
                innerWidth, footerHeight);

        double bodyTop = headerBottom + BriefingStyle.GAP;
        double bodyBottom = footer.getY() - BriefingStyle.GAP;
        double legendWidth = LegendPainter.width(scene, fonts);
        Rectangle2D legend = null;
        double diagramWidth = innerWidth;
        if (legendWidth > 0) {
            legend = new Rectangle2D.Double(m + innerWidth - legendWidth, bodyTop, legendWidth,
                    bodyBottom - bodyTop);
            diagramWidth = innerWidth - legendWidth - BriefingStyle.GAP;
        }
        Rectangle2D diagram = new Rectangle2D.Double(m, bodyTop, diagramWidth, Math.max(1, bodyBottom - bodyTop));
        return new FrameLayout(top, titleSize, title, subtitle, titleTop, diagram, legend, footer, sources, authority,
                bottom);
    }

    /** The standard title size, or a slightly smaller one that keeps the title on one line. */
    private static double titleSize(BriefingFonts fonts, String title, double width) {
        for (double size = BriefingStyle.TITLE_FONT; size >= BriefingStyle.MIN_TITLE_FONT; size -= 1) {
            if (TextMetrics.width(fonts.bold(size), title) <= width) {
                return size;
            }
        }
        return BriefingStyle.MIN_TITLE_FONT;
    }

    /** {@code Sources (3 cables): 07BAKU605 (2007-05-01), ...}, ending {@code … and N more} when cut. */
    static List<String> sourcesLines(List<SourceCable> sources, Font font, double width, int maxLines) {
        if (sources.isEmpty()) {
            return List.of("Sources: none (nothing shown)");
        }
        String prefix = "Sources (" + sources.size() + (sources.size() == 1 ? " cable): " : " cables): ");
        return TextMetrics.list(font, prefix, sources.stream().map(SourceCable::describe).toList(), "", width,
                maxLines);
    }

    /** Every source on one line of text (tests and readers that want the whole list). */
    static String sourcesText(List<SourceCable> sources) {
        return String.join(" ", sourcesLines(sources, BriefingFonts.shared().regular(BriefingStyle.FOOTER_FONT),
                Double.MAX_VALUE, Integer.MAX_VALUE));
    }

    private static List<String> authorityLines(BriefingScene scene, Font font, double width) {
        List<String> lines = new ArrayList<>();
        SecurityMarking marking = scene.marking();
        if (marking.isClassified()) {
            lines.add("Classification: " + marking.bannerText());
            if (marking.derivedFrom().size() == 1) {
                lines.add(marking.derivedFromText());
            } else {
                lines.addAll(TextMetrics.list(font, "Derived from: multiple sources (", marking.derivedFrom(), ")",
                        width, MAX_DERIVED_LINES));
            }
            lines.add(marking.declassifyOnText());
        }
        lines.add("Generated " + scene.generatedOn() + " by Tieline");
        return lines;
    }
}
