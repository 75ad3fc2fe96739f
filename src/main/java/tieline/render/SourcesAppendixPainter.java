package tieline.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import tieline.briefing.BriefingScene;
import tieline.briefing.SourceCable;

/**
 * The pages after a PDF briefing that list every source cable with its date when the footer
 * could not hold them all; cables whose classified paragraphs are shown (the "Derived from"
 * list) carry an asterisk. Each page has the briefing's banners.
 */
final class SourcesAppendixPainter {

    private static final double COLUMN_WIDTH = 150;
    private static final String MARK = " *";

    private final BriefingFonts fonts;

    SourcesAppendixPainter(BriefingFonts fonts) {
        this.fonts = fonts;
    }

    /** How many appendix pages the scene needs: none when the footer shows every source. */
    int pageCount(BriefingScene scene, Page page) {
        if (!footerIsCut(scene, page)) {
            return 0;
        }
        int perPage = rows(page) * columns(page);
        return (scene.sources().size() + perPage - 1) / perPage;
    }

    private boolean footerIsCut(BriefingScene scene, Page page) {
        FrameLayout layout = FrameLayout.compute(scene, page, fonts);
        boolean sourcesCut = layout.sourceLines().stream().anyMatch(l -> l.contains("\u2026 and "));
        boolean derivedCut = layout.authorityLines().stream().anyMatch(l -> l.contains("\u2026 and "));
        return sourcesCut || derivedCut;
    }

    /** Paints appendix page {@code index} (0-based). */
    void paint(Graphics2D g, BriefingScene scene, Page page, int index) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        PaintSurface s = new PaintSurface(g, fonts, TextDrawer.DIRECT);
        s.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()), BriefingStyle.PAPER);
        FrameLayout layout = FrameLayout.compute(scene, page, fonts);
        FramePainter.paintBanners(s, scene.marking().banner(), layout);
        Font heading = fonts.bold(BriefingStyle.SUBTITLE_FONT + 2);
        Font body = fonts.regular(BriefingStyle.LABEL_FONT);
        Font note = fonts.regular(BriefingStyle.FOOTER_FONT);
        double x0 = BriefingStyle.MARGIN;
        double y = layout.topBanner().getMaxY() + BriefingStyle.GAP + TextMetrics.ascent(heading);
        String title = "Sources of \u201c" + scene.title() + "\u201d (" + scene.sources().size() + " cables), page "
                + (index + 1) + " of " + pageCount(scene, page);
        s.text(TextMetrics.fit(heading, title, page.width() - 2 * x0), heading, BriefingStyle.INK, x0, y,
                TextRole.TITLE);
        y += TextMetrics.lineHeight(heading);
        if (!scene.marking().derivedFrom().isEmpty()) {
            s.text("* classified paragraphs of this cable are shown (\u201cDerived from\u201d)", note,
                    BriefingStyle.MUTED, x0, y, TextRole.FOOTER);
        }
        double top = y + BriefingStyle.GAP;
        int rows = rows(page);
        int columns = columns(page);
        List<SourceCable> sources = scene.sources();
        Set<String> derived = Set.copyOf(scene.marking().derivedFrom());
        int first = index * rows * columns;
        double line = TextMetrics.lineHeight(body);
        for (int i = first; i < Math.min(sources.size(), first + rows * columns); i++) {
            int k = i - first;
            double x = x0 + (k / rows) * COLUMN_WIDTH;
            double baseline = top + (k % rows) * line + TextMetrics.ascent(body);
            SourceCable c = sources.get(i);
            s.text(c.describe() + (derived.contains(c.cableId()) ? MARK : ""), body, BriefingStyle.INK, x, baseline,
                    TextRole.FOOTER);
        }
    }

    private int rows(Page page) {
        Font body = fonts.regular(BriefingStyle.LABEL_FONT);
        double usable = page.height() - 2 * BriefingStyle.MARGIN - 2 * BriefingStyle.BANNER_HEIGHT - 60;
        return Math.max(1, (int) (usable / TextMetrics.lineHeight(body)));
    }

    private static int columns(Page page) {
        return Math.max(1, (int) ((page.width() - 2 * BriefingStyle.MARGIN) / COLUMN_WIDTH));
    }
}
