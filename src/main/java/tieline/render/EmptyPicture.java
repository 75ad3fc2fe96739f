package tieline.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;

/** What a diagram area shows when the scene has nothing to draw: one centred sentence. */
final class EmptyPicture {

    private EmptyPicture() {
    }

    static void paint(PaintSurface s, Rectangle2D area, String message) {
        Font font = s.fonts().regular(BriefingStyle.SUBTITLE_FONT + 1);
        s.centredText(message, font, BriefingStyle.MUTED, area.getCenterX(), area.getCenterY(), TextRole.EVIDENCE);
    }
}
