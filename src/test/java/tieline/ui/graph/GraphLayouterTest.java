package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import tieline.graph.GraphFixtures;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;

class GraphLayouterTest {

    private final RelationshipGraph graph = RelationshipGraph.build(GraphFixtures.extraction());
    private final Graph<String, Relationship> jgraph = graph.jgraph();
    private final GraphLayouter layouter = new GraphLayouter(42);

    private NodePositions fresh() {
        return layouter.layout(jgraph, java.util.List.of(), NodePositions.empty(), () -> false, f -> { });
    }

    @Test
    void everyEntityGetsAPlaceAndTheSameSeedGivesTheSamePicture() {
        NodePositions a = fresh();
        NodePositions b = fresh();
        for (String id : jgraph.vertexSet()) {
            assertNotNull(a.get(id), id);
            assertArrayEquals(a.get(id), b.get(id), 0, id);
        }
        assertTrue(a.unit() > 0);
    }

    @Test
    void knownEntitiesKeepTheirPlacesAndNewcomersLandNearTheirNeighbours() {
        NodePositions full = fresh();
        Map<String, double[]> partial = new HashMap<>();
        for (String id : jgraph.vertexSet()) {
            if (!id.equals(GraphFixtures.CEIP)) {
                partial.put(id, full.get(id));
            }
        }
        NodePositions before = new NodePositions(partial, Set.of(), full.unit());
        NodePositions after = layouter.layout(jgraph, java.util.List.of(), before, () -> false, f -> { });
        for (String id : partial.keySet()) {
            assertArrayEquals(before.get(id), after.get(id), 0, id + " must not move");
        }
        double[] ceip = after.get(GraphFixtures.CEIP);
        double nearest = Double.MAX_VALUE;
        for (Relationship r : graph.relationshipsOf(GraphFixtures.CEIP)) {
            double[] other = after.get(r.opposite(GraphFixtures.CEIP));
            nearest = Math.min(nearest, Math.hypot(ceip[0] - other[0], ceip[1] - other[1]));
        }
        double[] xs = partial.values().stream().mapToDouble(p -> p[0]).toArray();
        double spread = java.util.Arrays.stream(xs).max().orElseThrow() - java.util.Arrays.stream(xs).min().orElseThrow();
        assertTrue(nearest < spread, "the newcomer sits near a neighbour: " + nearest + " vs spread " + spread);
    }

    @Test
    void relayoutKeepsOnlyPinnedEntities() {
        NodePositions full = fresh();
        NodePositions pinned = full.copy();
        pinned.set(GraphFixtures.AZIMOV, 500, -500);
        pinned.setPinned(GraphFixtures.AZIMOV, true);
        NodePositions again = layouter.relayout(jgraph, java.util.List.of(), pinned, () -> false, f -> { });
        assertArrayEquals(new double[] {500, -500}, again.get(GraphFixtures.AZIMOV), 0);
        assertTrue(again.isPinned(GraphFixtures.AZIMOV));
        assertEquals(jgraph.vertexSet().size(), again.size());
    }

    @Test
    void entitiesWithoutRelationshipsGetAPlaceToo() {
        NodePositions p = layouter.layout(jgraph, java.util.List.of("person:nobody-links-here"), NodePositions.empty(),
                () -> false, f -> { });
        assertNotNull(p.get("person:nobody-links-here"));
        assertEquals(jgraph.vertexSet().size() + 1, p.size());
    }

    @Test
    void cancellingStopsEarlyButStillPlacesEveryone() {
        NodePositions p = layouter.layout(jgraph, java.util.List.of(), NodePositions.empty(), () -> true, f -> { });
        assertEquals(jgraph.vertexSet().size(), p.size());
    }
}
