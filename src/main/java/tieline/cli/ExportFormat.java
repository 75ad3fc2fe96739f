package tieline.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import tieline.export.DataFormat;
import tieline.export.ViewWriter;
import tieline.render.BriefingFormat;

/**
 * The formats {@code tieline export} writes, each with its file extension: data formats with a
 * writer for a graph view, and briefing pictures (PNG, SVG, PDF, PPTX) drawn by the briefing
 * painter.
 */
enum ExportFormat {
    JSON("json", DataFormat.JSON::writer, null),
    GRAPHML("graphml", DataFormat.GRAPHML::writer, null),
    GEXF("gexf", DataFormat.GEXF::writer, null),
    CSV("csv", DataFormat.CSV::writer, null),
    PNG("png", null, BriefingFormat.PNG),
    SVG("svg", null, BriefingFormat.SVG),
    PDF("pdf", null, BriefingFormat.PDF),
    PPTX("pptx", null, BriefingFormat.PPTX);

    private final String extension;
    private final Supplier<ViewWriter> writer;
    private final BriefingFormat picture;

    ExportFormat(String extension, Supplier<ViewWriter> writer, BriefingFormat picture) {
        this.extension = extension;
        this.writer = writer;
        this.picture = picture;
    }

    String extension() {
        return extension;
    }

    /** The writer of a data format. */
    ViewWriter writer() {
        if (writer == null) {
            throw new IllegalStateException(this + " is a briefing picture, not a data format");
        }
        return writer.get();
    }

    /** The briefing picture format, when this is one. */
    Optional<BriefingFormat> picture() {
        return Optional.ofNullable(picture);
    }

    /** The format whose extension the file name ends with, if any. */
    static Optional<ExportFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
