package tieline.render;

import java.util.Locale;
import java.util.Optional;

/** The picture formats a briefing is exported in, with their usual file extension. */
public enum BriefingFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), PPTX("pptx");

    private final String extension;

    BriefingFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named by {@code png}, {@code svg}, {@code pdf} or {@code pptx} (any case). */
    public static Optional<BriefingFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (BriefingFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return extension;
    }
}
