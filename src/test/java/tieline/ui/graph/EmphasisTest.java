package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmphasisTest {

    private final GraphScene s = SceneFixtures.star();

    @Test
    void hoverHighlightsTheNeighboursAndDimsTheRest() {
        Emphasis e = Emphasis.of(s, null, null, "hub", List.of(), List.of(), Set.of());
        for (String id : List.of("hub", "a", "b", "c")) {
            assertFalse(e.isDimmed(s.indexOf(id)), id);
        }
        assertTrue(e.isDimmed(s.indexOf("x")));
        assertTrue(e.isEdgeDimmed(s.edgeIndexOf("x-y")));
        assertTrue(e.isEdgeFocused(s.edgeIndexOf("hub-a")));
    }

    @Test
    void aSelectedNodeDimsNothing() {
        Emphasis e = Emphasis.of(s, "hub", null, null, List.of(), List.of(), Set.of());
        assertEquals(s.indexOf("hub"), e.selectedNode());
        assertFalse(e.isDimmed(s.indexOf("x")));
        assertTrue(e.isFocused(s.indexOf("a")), "neighbours' labels come forward");
    }

    @Test
    void aPathOrASelectedEdgeDimsWhatIsNotOnIt() {
        Emphasis path = Emphasis.of(s, null, null, null, List.of("a", "hub", "c"), List.of("hub-a", "hub-c"), Set.of());
        assertFalse(path.isDimmed(s.indexOf("c")));
        assertTrue(path.isDimmed(s.indexOf("b")));
        assertTrue(path.isEdgeDimmed(s.edgeIndexOf("hub-b")));
        Emphasis edge = Emphasis.of(s, null, "hub-b", null, List.of(), List.of(), Set.of("x"));
        assertEquals(s.edgeIndexOf("hub-b"), edge.selectedEdge());
        assertFalse(edge.isDimmed(s.indexOf("b")));
        assertTrue(edge.isDimmed(s.indexOf("a")));
        assertTrue(edge.isPinned(s.indexOf("x")));
        assertFalse(edge.isPinned(s.indexOf("y")));
    }

    @Test
    void idsNotInTheSceneAreIgnored() {
        Emphasis e = Emphasis.of(s, "gone", "gone-too", "nobody", List.of(), List.of(), Set.of("ghost"));
        assertEquals(-1, e.selectedNode());
        assertEquals(-1, e.selectedEdge());
        assertEquals(-1, e.hoveredNode());
        assertFalse(e.isDimmed(0));
    }
}
