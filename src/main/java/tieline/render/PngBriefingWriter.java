package tieline.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import tieline.briefing.BriefingScene;

/**
 * Writes a briefing as a PNG of the page at a chosen resolution (default 300 DPI), with the
 * resolution recorded in the file's pHYs chunk so word processors paste it at the right size.
 */
public final class PngBriefingWriter implements BriefingWriter {

    /** The default resolution. */
    public static final int DEFAULT_DPI = 300;
    /** Lowest accepted resolution. */
    public static final int MIN_DPI = 50;
    /** Highest accepted resolution (a Letter page at 600 DPI is already 6600 x 5100 pixels). */
    public static final int MAX_DPI = 600;

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private final Page page;
    private final int dpi;
    private final BriefingPainter painter;

    public PngBriefingWriter(Page page, int dpi) {
        this(page, dpi, new BriefingPainter());
    }

    public PngBriefingWriter(Page page, int dpi, BriefingPainter painter) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("resolution must be between " + MIN_DPI + " and " + MAX_DPI
                    + " DPI, not " + dpi);
        }
        this.page = page;
        this.dpi = dpi;
        this.painter = painter;
    }

    /** Paints the page into an image at this writer's resolution. */
    public BufferedImage render(BriefingScene scene) {
        BufferedImage image = new BufferedImage(page.pixelWidth(dpi), page.pixelHeight(dpi),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.transform(AffineTransform.getScaleInstance(dpi / 72.0, dpi / 72.0));
            painter.paint(g, scene, page);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void write(BriefingScene scene, OutputStream out) throws IOException {
        writePng(render(scene), dpi, out);
    }

    /** Writes an image as PNG with a pHYs chunk for the resolution. */
    static void writePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(new NonClosingStream(out))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            addResolution(metadata, dpi);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void addResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        metadata.mergeTree(PNG_FORMAT, root);
    }

    /** Lets ImageIO close its stream without closing the caller's. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
