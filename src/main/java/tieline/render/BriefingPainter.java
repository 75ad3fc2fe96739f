package tieline.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import tieline.briefing.BriefingScene;

/**
 * The one painter behind every briefing export and the export dialog's preview: paints a
 * {@link BriefingScene} onto any Graphics2D whose units are page points, frame and picture
 * alike. Writers only choose the surface (pixels, SVG, PDF, slide) and the page.
 */
public final class BriefingPainter {

    private final BriefingFonts fonts;
    private final TextDrawer textDrawer;

    /** A painter that draws text directly. */
    public BriefingPainter() {
        this(BriefingFonts.shared(), TextDrawer.DIRECT);
    }

    /** A painter with a substitute text drawer (the PPTX writer collects text for text boxes). */
    public BriefingPainter(BriefingFonts fonts, TextDrawer textDrawer) {
        this.fonts = fonts;
        this.textDrawer = textDrawer;
    }

    /** Paints the whole briefing; the graphics' user space must be page points with the origin top left. */
    public void paint(Graphics2D g, BriefingScene scene, Page page) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        PaintSurface surface = new PaintSurface(g, fonts, textDrawer);
        surface.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()), BriefingStyle.PAPER);
        FrameLayout layout = FrameLayout.compute(scene, page, fonts);
        FramePainter.paint(surface, scene, layout);
        if (layout.legend() != null) {
            LegendPainter.paint(surface, scene, layout.legend());
        }
        Shape clip = g.getClip();
        g.clip(layout.diagram());
        diagramPainter(scene).paint(surface, scene, layout.diagram());
        g.setClip(clip);
    }

    /**
     * Paints the briefing into a new image of the given pixel width (the height follows the
     * page's proportions): the export dialog's preview.
     */
    public BufferedImage preview(BriefingScene scene, Page page, int pixelWidth) {
        if (pixelWidth < 1) {
            throw new IllegalArgumentException("preview width must be positive: " + pixelWidth);
        }
        double scale = pixelWidth / page.width();
        int height = (int) Math.max(1, Math.round(page.height() * scale));
        BufferedImage image = new BufferedImage(pixelWidth, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            paint(g, scene, page);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static DiagramPainter diagramPainter(BriefingScene scene) {
        return switch (scene.kind()) {
            case NETWORK -> new NetworkPainter();
            case TIMELINE -> new TimelinePainter();
            case PATH -> new PathPainter();
        };
    }
}
