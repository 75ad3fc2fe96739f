package tieline.render;

import java.awt.Graphics2D;

/**
 * The single way painters put text on a surface. The default draws it; the PPTX writer
 * substitutes one that collects the text so it becomes real, editable text boxes.
 */
@FunctionalInterface
public interface TextDrawer {

    /** Draws the text with the surface's current font and paint, baseline at (x, y). */
    void draw(Graphics2D g, String text, float x, float y, TextRole role);

    /** Draws straight onto the surface. */
    TextDrawer DIRECT = (g, text, x, y, role) -> g.drawString(text, x, y);
}
