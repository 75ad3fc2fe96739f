package tieline.render;

import java.awt.Color;

/**
 * Sizes (points) and neutral colours of the briefing frame, chosen to stay readable when a
 * Letter page is printed or exported at 300 DPI: nothing smaller than 6.5 pt.
 */
final class BriefingStyle {

    static final double MARGIN = 18;
    static final double BANNER_HEIGHT = 16;
    static final double BANNER_FONT = 10;
    static final double TITLE_FONT = 16;
    static final double MIN_TITLE_FONT = 13;
    static final double SUBTITLE_FONT = 8.5;
    static final double LEGEND_FONT = 7.5;
    static final double FOOTER_FONT = 6.5;
    static final double LABEL_FONT = 7;
    static final double EMPHASISED_LABEL_FONT = 8;
    static final double GAP = 8;

    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x555555);
    static final Color RULE = new Color(0xBBBBBB);
    static final Color PAPER = Color.WHITE;
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    private BriefingStyle() {
    }
}
