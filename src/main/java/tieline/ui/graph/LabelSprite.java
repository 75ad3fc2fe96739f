package tieline.ui.graph;

/**
 * A rendered label: a coverage mask (one byte per pixel) the renderer tints and blends.
 *
 * @param width    pixels per row
 * @param height   rows
 * @param coverage {@code width * height} coverage values 0..255
 */
public record LabelSprite(int width, int height, byte[] coverage) {
}
