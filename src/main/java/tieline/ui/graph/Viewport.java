package tieline.ui.graph;

/**
 * Maps world coordinates to screen pixels: {@code screen = world * scale + offset}. Pan, zoom
 * about a point, and fit-to-bounds; the scale stays within limits so the picture never
 * collapses to a dot or explodes.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.005;
    public static final double MAX_SCALE = 40;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Moves the picture by a screen distance. */
    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by a factor keeping the world point under the screen point where it is. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        scale = clamp(scale * factor);
        offsetX = screenX - wx * scale;
        offsetY = screenY - wy * scale;
    }

    /** Puts the world point at the screen point, keeping the scale. */
    public void centreOn(double worldX, double worldY, double screenX, double screenY) {
        offsetX = screenX - worldX * scale;
        offsetY = screenY - worldY * scale;
    }

    /**
     * Centres two world points in a screen of the given size, zoomed in until they are at least
     * {@code minGap} pixels apart (so both nodes and their labels can be told apart) but no further
     * than needed, and never so far that they leave the screen.
     */
    public void framePair(double x1, double y1, double x2, double y2, double width, double height, double minGap) {
        double distance = Math.hypot(x2 - x1, y2 - y1);
        if (distance > 1e-9) {
            double gap = distance * scale;
            double most = 0.7 * Math.min(width, height) / distance;
            if (gap < minGap) {
                scale = clamp(Math.min(minGap / distance, Math.max(most, scale)));
            } else if (scale > most) {
                scale = clamp(most);
            }
        }
        centreOn((x1 + x2) / 2, (y1 + y2) / 2, width / 2, height / 2);
    }

    /** Shows the world box {minX, minY, maxX, maxY} in a screen of the given size, with a margin in pixels. */
    public void fit(float[] bounds, double width, double height, double margin) {
        double w = Math.max(1e-6, bounds[2] - bounds[0]);
        double h = Math.max(1e-6, bounds[3] - bounds[1]);
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        scale = clamp(Math.min(availW / w, availH / h));
        double cx = (bounds[0] + bounds[2]) / 2;
        double cy = (bounds[1] + bounds[3]) / 2;
        centreOn(cx, cy, width / 2, height / 2);
    }

    /** Sets every field at once (used to restore a view). */
    public void set(double newScale, double newOffsetX, double newOffsetY) {
        scale = clamp(newScale);
        offsetX = newOffsetX;
        offsetY = newOffsetY;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
