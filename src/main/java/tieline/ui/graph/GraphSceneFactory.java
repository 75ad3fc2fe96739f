package tieline.ui.graph;

import java.util.Map;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;

/**
 * Turns a filtered {@link GraphView} and the entities' places into what the canvas draws:
 * importance from the view's PageRank, edge weight from the visible evidence count, edge
 * colour from the strongest visible relation type. Entities without a place yet are left out.
 */
public final class GraphSceneFactory {

    /** Node radius units per typical edge length. */
    private static final double RADIUS_PER_EDGE_LENGTH = 1.0 / 90;
    /** Nodes never cover more than this share of the picture. */
    private static final double MAX_NODE_AREA = 0.08;

    private GraphSceneFactory() {
    }

    public static GraphScene build(GraphView view, NodePositions positions) {
        Map<String, Double> rank = view.centrality().pageRankScores();
        double max = rank.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int n = Math.max(1, view.entities().size());
        GraphScene.Builder b = GraphScene.builder().sizeUnit(positions.unit() * RADIUS_PER_EDGE_LENGTH)
                .maxNodeArea(MAX_NODE_AREA);
        for (Entity e : view.entities()) {
            double[] p = positions.get(e.id());
            if (p == null) {
                continue;
            }
            double r = rank.getOrDefault(e.id(), 0.0);
            double importance = max <= 0 ? 0 : Math.log1p(r * n) / Math.log1p(max * n);
            b.node(e.id(), e.name(), e.type(), importance, p[0], p[1]);
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
