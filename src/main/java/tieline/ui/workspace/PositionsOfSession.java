package tieline.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieline.model.Evidence;
import tieline.ui.graph.NodePositions;
import tieline.workspace.RelationshipId;
import tieline.workspace.file.NodePosition;
import tieline.workspace.session.WorkspaceSession;

/**
 * The picture a workspace was saved with, as the graph canvas holds it: every saved position,
 * the pins, and the layout's unit (the median length of the links between placed entities),
 * which the canvas sizes nodes by.
 */
final class PositionsOfSession {

    private PositionsOfSession() {
    }

    static NodePositions of(WorkspaceSession session) {
        Map<String, double[]> places = new HashMap<>();
        Set<String> pinned = new HashSet<>();
        for (NodePosition p : session.positions().values()) {
            places.put(p.id(), new double[] {p.x(), p.y()});
            if (p.pinned()) {
                pinned.add(p.id());
            }
        }
        return new NodePositions(places, pinned, medianLinkLength(places, session.data().visibleExtraction().evidence()));
    }

    /** The median distance between the two ends of each linked pair that both have a place; 1 when none. */
    static double medianLinkLength(Map<String, double[]> places, List<Evidence> evidence) {
        Set<RelationshipId> pairs = new HashSet<>();
        List<Double> lengths = new ArrayList<>();
        for (Evidence e : evidence) {
            double[] a = places.get(e.sourceId());
            double[] b = places.get(e.targetId());
            if (a != null && b != null && pairs.add(RelationshipId.of(e.sourceId(), e.targetId()))) {
                lengths.add(Math.hypot(a[0] - b[0], a[1] - b[1]));
            }
        }
        if (lengths.isEmpty()) {
            return 1;
        }
        double[] sorted = lengths.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return Math.max(1e-6, sorted[sorted.length / 2]);
    }
}
