package tieline.render;

import java.awt.geom.Rectangle2D;
import tieline.briefing.BriefingScene;

/** Paints the picture of one briefing kind into the diagram area of the frame. */
interface DiagramPainter {

    void paint(PaintSurface surface, BriefingScene scene, Rectangle2D area);
}
