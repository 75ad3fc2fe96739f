package tieline.render;

/**
 * The size of the surface a briefing is painted on, in points (1/72 inch). Painting always
 * happens in points; writers scale to pixels (PNG) or use points directly (SVG, PDF, PPTX).
 *
 * @param name   e.g. {@code Letter landscape}
 * @param width  in points
 * @param height in points
 */
public record Page(String name, double width, double height) {

    /** A 16:9 presentation slide, 13.333 x 7.5 inches. */
    public static final Page WIDESCREEN = new Page("16:9 slide", 960, 540);

    public Page {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("page size must be positive: " + width + " x " + height);
        }
    }

    /** A paper page in the given orientation. */
    public static Page of(PaperSize paper, boolean landscape) {
        double w = landscape ? Math.max(paper.width(), paper.height()) : Math.min(paper.width(), paper.height());
        double h = landscape ? Math.min(paper.width(), paper.height()) : Math.max(paper.width(), paper.height());
        return new Page(paper.label() + (landscape ? " landscape" : " portrait"), w, h);
    }

    /** Width in pixels at a resolution. */
    public int pixelWidth(int dpi) {
        return (int) Math.round(width * dpi / 72.0);
    }

    /** Height in pixels at a resolution. */
    public int pixelHeight(int dpi) {
        return (int) Math.round(height * dpi / 72.0);
    }
}
