package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class LayoutGraphTest {

    @Test
    void degreesMassesAndNeighboursFollowTheEdges() {
        LayoutGraph g = LayoutGraph.of(4, new int[] {0, 0, 1, 2}, new int[] {1, 2, 2, 2}, new double[] {1, 2, 3, 4});
        assertEquals(3, g.edgeCount(), "the self-loop 2-2 is dropped");
        assertEquals(2, g.degree(0));
        assertEquals(2, g.degree(2));
        assertEquals(0, g.degree(3));
        assertEquals(3.0, g.mass(0));
        assertEquals(1.0, g.mass(3));
        assertEquals(3.0, g.weight(2));
        assertArrayEquals(new int[] {0, 1}, sorted(g.neighbours(2)));
        assertEquals(LayoutGraph.DEFAULT_NODE_SIZE, g.size(1));
        assertEquals(7.0, g.withNodeSizes(new double[] {1, 7, 1, 1}).size(1));
    }

    @Test
    void fromJGraphTKeepsTheVertexIndexAndWeights() {
        Graph<String, DefaultWeightedEdge> jg = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        jg.addVertex("azimov");
        jg.addVertex("mfa");
        jg.addVertex("tep");
        jg.setEdgeWeight(jg.addEdge("azimov", "mfa"), 3.0);
        jg.addEdge("azimov", "tep");
        IndexedLayoutGraph<String> indexed = LayoutGraph.fromGraph(jg);
        LayoutGraph g = indexed.graph();
        assertEquals(3, g.nodeCount());
        assertEquals(2, g.edgeCount());
        int azimov = indexed.indexOf("azimov");
        assertEquals("azimov", indexed.vertex(azimov));
        assertEquals(2, g.degree(azimov));
        assertEquals(-1, indexed.indexOf("nobody"));
        double weightToMfa = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.source(e) == indexed.indexOf("mfa") || g.target(e) == indexed.indexOf("mfa")) {
                weightToMfa = g.weight(e);
            }
        }
        assertEquals(3.0, weightToMfa);
        LayoutGraph counted = LayoutGraph.fromGraph(jg, edge -> 10.0).graph();
        assertEquals(10.0, counted.weight(0));
    }

    @Test
    void positionsFollowingKeepOldVerticesInPlaceAndPlaceNewOnesNearby() {
        Graph<String, DefaultWeightedEdge> before = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : new String[] {"a", "b", "c"}) {
            before.addVertex(v);
        }
        before.addEdge("a", "b");
        before.addEdge("b", "c");
        IndexedLayoutGraph<String> old = LayoutGraph.fromGraph(before);
        Positions oldPositions = Positions.of(new double[] {0, 10, 20}, new double[] {0, 0, 0});

        Graph<String, DefaultWeightedEdge> after = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : new String[] {"new", "c", "b"}) {
            after.addVertex(v);
        }
        after.addEdge("b", "c");
        after.addEdge("new", "c");
        IndexedLayoutGraph<String> next = LayoutGraph.fromGraph(after);
        Positions p = next.positionsFollowing(old, oldPositions, 5);
        assertEquals(10.0, p.x(next.indexOf("b")));
        assertEquals(20.0, p.x(next.indexOf("c")));
        double fromC = Math.hypot(p.x(next.indexOf("new")) - 20, p.y(next.indexOf("new")));
        assertEquals(10.0, fromC, 1e-9, "one edge length (the only placed edge is 10 long) from its neighbour");
    }

    @Test
    void multigraphLoopsAreDroppedAndParallelEdgesKept() {
        WeightedPseudograph<Integer, DefaultWeightedEdge> jg = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        jg.addVertex(1);
        jg.addVertex(2);
        jg.addEdge(1, 2);
        jg.addEdge(1, 2);
        jg.addEdge(1, 1);
        LayoutGraph g = LayoutGraph.fromGraph(jg).graph();
        assertEquals(2, g.edgeCount());
        assertEquals(2, g.degree(0));
    }

    @Test
    void badEdgesAreRejectedNamingTheEdge() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> LayoutGraph.of(3, new int[] {0, 1}, new int[] {1, 3}));
        assertTrue(range.getMessage().contains("edge 1"), range.getMessage());
        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> LayoutGraph.of(2, new int[] {0}, new int[] {1}, new double[] {-1}));
        assertTrue(weight.getMessage().contains("edge 0"), weight.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LayoutGraph.of(2, new int[] {0}, new int[0]));
        assertThrows(IllegalArgumentException.class,
                () -> TestGraphs.ring(3).withNodeSizes(new double[] {1, Double.NaN, 1}));
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }
}
