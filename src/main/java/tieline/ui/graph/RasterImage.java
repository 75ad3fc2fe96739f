package tieline.ui.graph;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A {@link Raster} shown as a JavaFX image without copying: the image reads the raster's
 * pixels through a {@link PixelBuffer}. Call {@link #publish()} after drawing.
 */
public final class RasterImage {

    private Raster raster;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    public RasterImage(int width, int height) {
        allocate(Math.max(1, width), Math.max(1, height));
    }

    private void allocate(int width, int height) {
        raster = new Raster(width, height);
        buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
    }

    /** Makes sure the raster has this size (a new buffer when it changed). */
    public void ensureSize(int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        if (w != raster.width() || h != raster.height()) {
            allocate(w, h);
        }
    }

    public Raster raster() {
        return raster;
    }

    public WritableImage image() {
        return image;
    }

    /** Tells JavaFX the whole image changed. FX thread only. */
    public void publish() {
        buffer.updateBuffer(b -> null);
    }
}
