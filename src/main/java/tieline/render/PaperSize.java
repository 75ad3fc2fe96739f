package tieline.render;

import java.util.Locale;

/** Paper sizes a briefing can be printed on (portrait dimensions in points). */
public enum PaperSize {
    LETTER("Letter", 612, 792),
    A4("A4", 595.28, 841.89);

    private final String label;
    private final double width;
    private final double height;

    PaperSize(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Parses {@code letter} or {@code a4} in any case; null when neither. */
    public static PaperSize parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "letter" -> LETTER;
            case "a4" -> A4;
            default -> null;
        };
    }
}
