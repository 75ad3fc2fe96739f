package tieline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A text drawer that draws nothing and remembers every text run in page points instead, so a
 * writer can lay the text over the picture as real text (PPTX text boxes).
 */
final class CollectedText implements TextDrawer {

    /**
     * One run of text.
     *
     * @param text     the characters
     * @param x        left end of the baseline, page points
     * @param baseline baseline y, page points
     * @param font     the font (size in points)
     * @param colour   the text colour
     * @param role     what the text is
     */
    record Run(String text, double x, double baseline, Font font, Color colour, TextRole role) {
    }

    private final AffineTransform pageToDevice;
    private final List<Run> runs = new ArrayList<>();

    /** @param pageToDevice the transform the painting surface applies to page points */
    CollectedText(AffineTransform pageToDevice) {
        this.pageToDevice = new AffineTransform(pageToDevice);
    }

    @Override
    public void draw(Graphics2D g, String text, float x, float y, TextRole role) {
        Point2D device = g.getTransform().transform(new Point2D.Double(x, y), null);
        Point2D page;
        try {
            page = pageToDevice.inverseTransform(device, null);
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            throw new IllegalStateException("the page transform cannot be inverted", e);
        }
        Paint paint = g.getPaint();
        Color colour = paint instanceof Color c ? c : Color.BLACK;
        runs.add(new Run(text, page.getX(), page.getY(), g.getFont(), colour, role));
    }

    List<Run> runs() {
        return List.copyOf(runs);
    }
}
