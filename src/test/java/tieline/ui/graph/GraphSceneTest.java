package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.model.EntityType;
import tieline.model.RelationType;

class GraphSceneTest {

    @Test
    void nodesAreOrderedMostImportantFirstAndKeepTheirIds() {
        GraphScene s = SceneFixtures.star();
        assertEquals("hub", s.id(0));
        assertEquals(0, s.indexOf("hub"));
        for (int i = 1; i < s.nodeCount(); i++) {
            assertTrue(s.importance(i - 1) >= s.importance(i));
            assertEquals(i, s.indexOf(s.id(i)));
        }
        assertEquals(-1, s.indexOf("nobody"));
    }

    @Test
    void adjacencyListsEveryNeighbourAndEdgeOnce() {
        GraphScene s = SceneFixtures.star();
        int hub = s.indexOf("hub");
        assertEquals(3, s.degree(hub));
        Set<String> neighbours = new HashSet<>();
        Set<String> edges = new HashSet<>();
        for (int k = 0; k < s.degree(hub); k++) {
            neighbours.add(s.id(s.neighbour(hub, k)));
            edges.add(s.edgeId(s.incidentEdge(hub, k)));
        }
        assertEquals(Set.of("a", "b", "c"), neighbours);
        assertEquals(Set.of("hub-a", "hub-b", "hub-c"), edges);
        assertEquals(1, s.degree(s.indexOf("x")));
    }

    @Test
    void sizeGrowsWithImportanceAndWidthWithEvidence() {
        GraphScene s = SceneFixtures.star();
        assertTrue(s.radius(s.indexOf("hub")) > s.radius(s.indexOf("a")));
        assertTrue(s.edgeWidth(s.edgeIndexOf("hub-c")) > s.edgeWidth(s.edgeIndexOf("hub-a")));
        assertTrue(s.edgeWidth(s.edgeIndexOf("hub-a")) > s.edgeWidth(s.edgeIndexOf("hub-b")));
        assertEquals(1f, s.edgeWidth(s.edgeIndexOf("hub-b")), 1e-6);
    }

    @Test
    void boundsIncludeRadii() {
        GraphScene s = SceneFixtures.star();
        float[] b = s.bounds();
        assertEquals(-100 - s.radius(s.indexOf("c")), b[0], 1e-3);
        assertEquals(1100 + s.radius(s.indexOf("y")), b[2], 1e-3);
    }

    @Test
    void edgesMustNameKnownNodes() {
        GraphScene.Builder b = GraphScene.builder().node("a", "A", EntityType.PERSON, 0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> b.edge("e", "a", "zzz", RelationType.MET, 1));
        assertThrows(IllegalArgumentException.class, () -> b.node("a", "again", EntityType.PERSON, 0, 1, 1));
    }
}
