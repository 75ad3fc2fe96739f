package tieline.ui.graph;

import java.util.Map;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;

/**
 * Turns a filtered {@link GraphView} and the entities' places into what the canvas draws:
 * node size from the entity's importance in the whole graph (so filtering never resizes a
 * node), edge weight from the visible evidence count, edge colour from the strongest visible
 * relation type. Entities without a place yet are left out.
 */
public final class GraphSceneFactory {

    /** Node radius units per typical edge length. */
    private static final double RADIUS_PER_EDGE_LENGTH = 1.0 / 90;
    /** Nodes never cover more than this share of the picture. */
    private static final double MAX_NODE_AREA = 0.08;

    private GraphSceneFactory() {
    }

    /**
     * Importance 0..1 from PageRank scores: logarithmic, so the many minor entities still
     * differ a little while hubs stand out; the highest score gives 1.
     */
    public static Map<String, Double> importance(Map<String, Double> pageRank) {
        double max = pageRank.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int n = Math.max(1, pageRank.size());
        Map<String, Double> out = new java.util.HashMap<>(pageRank.size() * 2);
        pageRank.forEach((id, r) -> out.put(id, max <= 0 ? 0 : Math.log1p(r * n) / Math.log1p(max * n)));
        return out;
    }

    /**
     * World units per radius unit for a whole picture: in proportion to the typical edge length,
     * shrunk so all the nodes together never cover more than 8 % of the picture. Computed over
     * every entity, not one view, so a filter never resizes a node.
     */
    public static double sizeUnit(NodePositions positions, Map<String, Double> importance) {
        int n = positions.size();
        double[] imp = new double[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] k = {0};
        positions.forEach((id, p) -> {
            imp[k[0]] = importance.getOrDefault(id, 0.0);
            xs[k[0]] = p[0];
            ys[k[0]] = p[1];
            k[0]++;
        });
        return GraphScene.cappedSizeUnit(positions.unit() * RADIUS_PER_EDGE_LENGTH, imp, xs, ys, MAX_NODE_AREA);
    }

    /**
     * The scene for a view; {@code importance} by entity id, 0..1 (missing: 0);
     * {@code sizeUnit} from {@link #sizeUnit}.
     */
    public static GraphScene build(GraphView view, NodePositions positions, Map<String, Double> importance,
                                   double sizeUnit) {
        GraphScene.Builder b = GraphScene.builder().sizeUnit(sizeUnit);
        for (Entity e : view.entities()) {
            double[] p = positions.get(e.id());
            if (p == null) {
                continue;
            }
            b.node(e.id(), e.name(), e.type(), importance.getOrDefault(e.id(), 0.0), p[0], p[1]);
        }
        for (Relationship r : view.relationships()) {
            if (positions.contains(r.sourceId()) && positions.contains(r.targetId())
                    && view.contains(r.sourceId()) && view.contains(r.targetId())) {
                b.edge(r.id(), r.sourceId(), r.targetId(), r.strongestType(), r.evidenceCount());
            }
        }
        return b.build();
    }
}
