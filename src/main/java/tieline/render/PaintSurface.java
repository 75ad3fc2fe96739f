package tieline.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;

/**
 * A Graphics2D in page points together with the briefing fonts and the text drawer:
 * what every part painter draws with.
 */
public final class PaintSurface {

    private final Graphics2D g;
    private final BriefingFonts fonts;
    private final TextDrawer textDrawer;

    public PaintSurface(Graphics2D g, BriefingFonts fonts, TextDrawer textDrawer) {
        this.g = g;
        this.fonts = fonts;
        this.textDrawer = textDrawer;
    }

    public Graphics2D graphics() {
        return g;
    }

    public BriefingFonts fonts() {
        return fonts;
    }

    /** Fills a shape in a colour. */
    public void fill(Shape shape, Color colour) {
        g.setPaint(colour);
        g.fill(shape);
    }

    /** Strokes a shape's outline. */
    public void stroke(Shape shape, Color colour, double width) {
        g.setPaint(colour);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** Draws text with its left end of the baseline at (x, y). */
    public void text(String text, Font font, Color colour, double x, double y, TextRole role) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setPaint(colour);
        textDrawer.draw(g, text, (float) x, (float) y, role);
    }

    /** Draws text centred horizontally on cx, baseline at y. */
    public void centredText(String text, Font font, Color colour, double cx, double y, TextRole role) {
        text(text, font, colour, cx - TextMetrics.width(font, text) / 2, y, role);
    }

    /** Draws text ending at x (right-aligned), baseline at y. */
    public void rightText(String text, Font font, Color colour, double x, double y, TextRole role) {
        text(text, font, colour, x - TextMetrics.width(font, text), y, role);
    }
}
