package tieline.workspace;

import java.util.List;
import tieline.cable.Cable;
import tieline.model.Extraction;

/**
 * Runs extraction over a set of cables with the analyst's gazetteer additions on top of the
 * bundled gazetteer. Resolution is corpus-wide, so it always sees every loaded cable.
 */
@FunctionalInterface
public interface ExtractionEngine {

    Extraction extract(List<Cable> cables, List<GazetteerAddition> additions);
}
