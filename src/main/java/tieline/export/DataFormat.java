package tieline.export;

import java.util.Locale;

/** The data formats Tieline exports a graph view in, with their usual file extension. */
public enum DataFormat {
    JSON("json"), GRAPHML("graphml"), GEXF("gexf"), CSV("csv");

    private final String extension;

    DataFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** A new writer for this format. */
    public ViewWriter writer() {
        return switch (this) {
            case JSON -> new JsonGraphWriter();
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case CSV -> new CsvEvidenceWriter();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
