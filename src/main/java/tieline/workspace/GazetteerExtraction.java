package tieline.workspace;

import java.util.List;
import java.util.Objects;
import tieline.cable.Cable;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.extract.GazetteerEntry;
import tieline.model.Extraction;

/**
 * The real extraction engine: the {@link Extractor} over a base gazetteer extended with the
 * analyst's additions (each becomes an entry with the id {@link GazetteerAddition#entityId()}).
 */
public final class GazetteerExtraction implements ExtractionEngine {

    private final Gazetteer base;

    public GazetteerExtraction(Gazetteer base) {
        this.base = Objects.requireNonNull(base, "base").copy();
    }

    /** The engine over the gazetteer shipped with Tieline. */
    public static GazetteerExtraction bundled() {
        return new GazetteerExtraction(Gazetteer.bundled());
    }

    @Override
    public Extraction extract(List<Cable> cables, List<GazetteerAddition> additions) {
        Gazetteer g = base.copy();
        for (GazetteerAddition a : additions) {
            if (a.isUsable()) {
                g.addEntry(new GazetteerEntry(a.entityId(), a.type(), a.name(), null, a.aliases(), null, List.of()));
            }
        }
        return new Extractor(g).extract(cables);
    }
}
