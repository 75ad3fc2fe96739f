package tieline.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import tieline.export.DataFormat;
import tieline.export.ViewWriter;

/**
 * The formats {@code tieline export} writes, each with its file extension and a writer for a
 * graph view. Add a format by adding a constant with its writer (image formats go here too).
 */
enum ExportFormat {
    JSON("json", DataFormat.JSON::writer),
    GRAPHML("graphml", DataFormat.GRAPHML::writer),
    GEXF("gexf", DataFormat.GEXF::writer),
    CSV("csv", DataFormat.CSV::writer);

    private final String extension;
    private final Supplier<ViewWriter> writer;

    ExportFormat(String extension, Supplier<ViewWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    String extension() {
        return extension;
    }

    ViewWriter writer() {
        return writer.get();
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
