package tieline.render;

import java.awt.Color;
import tieline.cable.Classification;

/**
 * The standard banner colours: green for UNCLASSIFIED (and SBU/FOUO, which are unclassified),
 * blue for CONFIDENTIAL, red for SECRET, orange for TOP SECRET; white text, black on orange.
 */
public final class MarkingColours {

    private static final Color GREEN = new Color(0x007A33);
    private static final Color BLUE = new Color(0x0033A0);
    private static final Color RED = new Color(0xC8102E);
    private static final Color ORANGE = new Color(0xFF8C00);

    private MarkingColours() {
    }

    /** The banner background for a marking. */
    public static Color background(Classification marking) {
        return switch (marking.level()) {
            case UNCLASSIFIED, SENSITIVE -> GREEN;
            case CONFIDENTIAL -> BLUE;
            case SECRET -> RED;
            case TOP_SECRET -> ORANGE;
        };
    }

    /** The banner text colour for a marking. */
    public static Color text(Classification marking) {
        return switch (marking.level()) {
            case TOP_SECRET -> Color.BLACK;
            default -> Color.WHITE;
        };
    }
}
