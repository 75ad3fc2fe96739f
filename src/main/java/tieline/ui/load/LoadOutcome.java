package tieline.ui.load;

import java.util.List;
import tieline.cable.Cable;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;
import tieline.ui.graph.NodePositions;

/**
 * What a load produced. When nothing new could be read (or the load was cancelled or failed),
 * {@code graph} is null and the current graph stays as it is.
 *
 * @param cables     every cable now open (old and new), or the old ones when nothing changed
 * @param extraction what extraction found in them, or null when unchanged
 * @param graph      the new graph, or null when unchanged
 * @param positions  the new picture, or null when unchanged
 * @param importance each entity's importance in the whole graph, 0..1 (empty when unchanged)
 * @param problems   what went wrong on the way, file by file
 * @param added      how many cables were new
 * @param cancelled  true when the analyst cancelled
 */
public record LoadOutcome(List<Cable> cables, Extraction extraction, RelationshipGraph graph,
                          NodePositions positions, java.util.Map<String, Double> importance, List<LoadProblem> problems,
                          int added, boolean cancelled) {

    public LoadOutcome {
        cables = List.copyOf(cables);
        importance = java.util.Map.copyOf(importance);
        problems = List.copyOf(problems);
    }

    /** True when there is a new graph to show. */
    public boolean changed() {
        return graph != null;
    }
}
