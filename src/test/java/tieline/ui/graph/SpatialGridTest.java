package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import tieline.model.EntityType;

class SpatialGridTest {

    @Test
    void findsTheNodeUnderAPointAndNothingInEmptySpace() {
        GraphScene s = SceneFixtures.star();
        SpatialGrid grid = new SpatialGrid(s);
        assertEquals(s.indexOf("hub"), grid.nodeAt(s, 1, -1, 0));
        assertEquals(s.indexOf("y"), grid.nodeAt(s, 1100 + s.radius(s.indexOf("y")) * 0.5, 1000, 0));
        assertEquals(-1, grid.nodeAt(s, 500, 500, 0));
        assertEquals(-1, grid.nodeAt(s, 100, 40, 0));
        assertEquals(s.indexOf("a"), grid.nodeAt(s, 100, 40, 40), "slack widens the target");
    }

    @Test
    void agreesWithABruteForceScanOnARandomCloud() {
        Random random = new Random(7);
        GraphScene.Builder b = GraphScene.builder();
        for (int i = 0; i < 2000; i++) {
            b.node("n" + i, "n" + i, EntityType.PERSON, random.nextDouble(), random.nextDouble() * 5000,
                    random.nextDouble() * 3000);
        }
        GraphScene s = b.build();
        SpatialGrid grid = new SpatialGrid(s);
        boolean[] inside = new boolean[s.nodeCount()];
        grid.markInside(s, 1000, 500, 2000, 1200, inside);
        for (int i = 0; i < s.nodeCount(); i++) {
            float r = s.radius(i);
            boolean expected = s.x(i) + r >= 1000 && s.x(i) - r <= 2000 && s.y(i) + r >= 500 && s.y(i) - r <= 1200;
            assertEquals(expected, inside[i], "node " + i);
        }
        for (int k = 0; k < 300; k++) {
            double px = random.nextDouble() * 5000;
            double py = random.nextDouble() * 3000;
            int hit = grid.nodeAt(s, px, py, 0);
            boolean any = false;
            for (int i = 0; i < s.nodeCount(); i++) {
                any |= Math.hypot(s.x(i) - px, s.y(i) - py) <= s.radius(i);
            }
            assertEquals(any, hit >= 0, "point " + px + "," + py);
            if (hit >= 0) {
                assertTrue(Math.hypot(s.x(hit) - px, s.y(hit) - py) <= s.radius(hit));
            }
        }
    }

    @Test
    void markInsideClearsEarlierMarks() {
        GraphScene s = SceneFixtures.star();
        SpatialGrid grid = new SpatialGrid(s);
        boolean[] inside = new boolean[s.nodeCount()];
        grid.markInside(s, -200, -200, 200, 200, inside);
        assertTrue(inside[s.indexOf("hub")]);
        grid.markInside(s, 900, 900, 1200, 1100, inside);
        assertFalse(inside[s.indexOf("hub")]);
        assertTrue(inside[s.indexOf("x")]);
    }
}
