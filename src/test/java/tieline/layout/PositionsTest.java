package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void randomPositionsDependOnlyOnTheSeed() {
        assertArrayEquals(Positions.random(50, 3).x(), Positions.random(50, 3).x());
        assertTrue(Positions.random(50, 3).x()[0] != Positions.random(50, 4).x()[0]);
    }

    @Test
    void copyIsIndependentAndCopyFromOverwrites() {
        Positions p = Positions.random(5, 1);
        Positions copy = p.copy();
        assertNotSame(p.x(), copy.x());
        copy.set(0, 99, 98);
        assertTrue(p.x(0) != 99);
        p.copyFrom(copy);
        assertEquals(99, p.x(0));
        assertEquals(98, p.y(0));
        assertThrows(IllegalArgumentException.class, () -> p.copyFrom(new Positions(4)));
    }

    @Test
    void newNodeIsPlacedCloseToItsNeighboursAndPlacedNodesStay() {
        LayoutGraph before = ScaleFreeGraphs.generate(400, 3, 2);
        Positions laidOut = new ForceAtlas2Layout(ForceAtlas2Settings.defaults()).layout(before, 100, 2);
        // The same graph plus node 400 linked to three existing nodes.
        int[] s = new int[before.edgeCount() + 3];
        int[] t = new int[s.length];
        for (int e = 0; e < before.edgeCount(); e++) {
            s[e] = before.source(e);
            t[e] = before.target(e);
        }
        int[] neighbours = {17, 150, 151};
        for (int k = 0; k < 3; k++) {
            s[before.edgeCount() + k] = 400;
            t[before.edgeCount() + k] = neighbours[k];
        }
        LayoutGraph after = LayoutGraph.of(401, s, t);
        Positions p = new Positions(401);
        boolean[] placed = new boolean[401];
        for (int i = 0; i < 400; i++) {
            p.set(i, laidOut.x(i), laidOut.y(i));
            placed[i] = true;
        }
        p.placeNewNodesNearNeighbours(after, placed, 7);

        for (int i = 0; i < 400; i++) {
            assertEquals(laidOut.x(i), p.x(i), 0.0);
            assertEquals(laidOut.y(i), p.y(i), 0.0);
        }
        assertTrue(!placed[400], "the caller's flags are not modified");
        double cx = 0;
        double cy = 0;
        for (int v : neighbours) {
            cx += p.x(v) / 3;
            cy += p.y(v) / 3;
        }
        double fromCentroid = Math.hypot(p.x(400) - cx, p.y(400) - cy);
        assertTrue(fromCentroid <= 0.25 * medianEdgeLength(before, laidOut) + 1e-9,
                "new node is " + fromCentroid + " from its neighbours' centroid");
    }

    @Test
    void chainsOfNewNodesGrowOutwardFromThePlacedOnes() {
        // 0-1 placed far from the origin; 2 hangs off 1, 3 hangs off 2; 4-5 form a separate new component.
        LayoutGraph g = LayoutGraph.of(6, new int[] {0, 1, 2, 4}, new int[] {1, 2, 3, 5});
        Positions p = new Positions(6);
        p.set(0, 1000, 1000);
        p.set(1, 1010, 1000);
        boolean[] placed = {true, true, false, false, false, false};
        p.placeNewNodesNearNeighbours(g, placed, 3);
        assertEquals(10.0, Math.hypot(p.x(2) - p.x(1), p.y(2) - p.y(1)), 1e-9);
        assertEquals(10.0, Math.hypot(p.x(3) - p.x(2), p.y(3) - p.y(2)), 1e-9);
        assertEquals(10.0, Math.hypot(p.x(5) - p.x(4), p.y(5) - p.y(4)), 1e-9);
        assertTrue(p.x(4) >= 990 && p.x(4) <= 1020 && p.y(4) >= 990 && p.y(4) <= 1010,
                "a new component starts near the drawing: " + p.x(4) + "," + p.y(4));
        Positions again = new Positions(6);
        again.set(0, 1000, 1000);
        again.set(1, 1010, 1000);
        again.placeNewNodesNearNeighbours(g, placed, 3);
        assertArrayEquals(p.x(), again.x());
    }

    @Test
    void nothingPlacedStillGivesDistinctFinitePositions() {
        LayoutGraph g = ScaleFreeGraphs.generate(100, 2, 1);
        Positions p = new Positions(100);
        p.placeNewNodesNearNeighbours(g, new boolean[100], 1);
        java.util.Set<String> points = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertTrue(Double.isFinite(p.x(i)) && Double.isFinite(p.y(i)));
            points.add(p.x(i) + "," + p.y(i));
        }
        assertEquals(100, points.size());
    }

    @Test
    void mismatchedSizesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Positions(3).placeNewNodesNearNeighbours(TestGraphs.ring(4), new boolean[4], 1));
        assertThrows(IllegalArgumentException.class, () -> Positions.of(new double[2], new double[3]));
    }

    private static double medianEdgeLength(LayoutGraph g, Positions p) {
        double[] lengths = new double[g.edgeCount()];
        for (int e = 0; e < g.edgeCount(); e++) {
            lengths[e] = Math.hypot(p.x(g.source(e)) - p.x(g.target(e)), p.y(g.source(e)) - p.y(g.target(e)));
        }
        java.util.Arrays.sort(lengths);
        return lengths[lengths.length / 2];
    }
}
