package tieline.render;

import java.nio.file.Path;
import java.util.Objects;
import tieline.briefing.BriefingScene;
import tieline.export.AtomicFileWriter;
import tieline.export.ExportException;

/**
 * How a briefing is written: format, paper and orientation (PNG, SVG, PDF; a PPTX is always
 * one 16:9 slide) and the PNG resolution. Writes files atomically: a reader sees the old file
 * or the complete new one, and a failure names the file and the reason.
 *
 * @param format    the file format
 * @param paper     Letter or A4
 * @param landscape landscape (the default) or portrait
 * @param dpi       PNG resolution, {@value PngBriefingWriter#MIN_DPI}..{@value PngBriefingWriter#MAX_DPI}
 */
public record BriefingOutput(BriefingFormat format, PaperSize paper, boolean landscape, int dpi) {

    public BriefingOutput {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(paper, "paper");
        if (dpi < PngBriefingWriter.MIN_DPI || dpi > PngBriefingWriter.MAX_DPI) {
            throw new IllegalArgumentException("resolution must be between " + PngBriefingWriter.MIN_DPI + " and "
                    + PngBriefingWriter.MAX_DPI + " DPI, not " + dpi);
        }
    }

    /** Letter landscape at 300 DPI. */
    public static BriefingOutput of(BriefingFormat format) {
        return new BriefingOutput(format, PaperSize.LETTER, true, PngBriefingWriter.DEFAULT_DPI);
    }

    /** The page painted on: the paper in its orientation, or the 16:9 slide for PPTX. */
    public Page page() {
        return format == BriefingFormat.PPTX ? Page.WIDESCREEN : Page.of(paper, landscape);
    }

    /** A writer for this output. */
    public BriefingWriter writer() {
        return switch (format) {
            case PNG -> new PngBriefingWriter(page(), dpi);
            case SVG -> new SvgBriefingWriter(page());
            case PDF -> new PdfBriefingWriter(page());
            case PPTX -> new PptxBriefingWriter();
        };
    }

    /** Writes the scene to a file atomically. */
    public void write(BriefingScene scene, Path file) throws ExportException {
        BriefingWriter writer = writer();
        AtomicFileWriter.write(file, out -> writer.write(scene, out));
    }
}
