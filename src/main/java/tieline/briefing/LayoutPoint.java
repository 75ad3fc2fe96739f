package tieline.briefing;

/**
 * Where an entity sits in the view's layout, in layout units (the view's own coordinates;
 * y grows downwards as on screen). Briefings keep the officer's arrangement.
 */
public record LayoutPoint(double x, double y) {

    public LayoutPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a layout point must be finite: " + x + ", " + y);
        }
    }
}
