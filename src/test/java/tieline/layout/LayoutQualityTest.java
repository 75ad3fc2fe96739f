package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutQualityTest {

    @Test
    void pathDrawnOnALineAtAnyScaleHasZeroStress() {
        int n = 30;
        int[] s = new int[n - 1];
        int[] t = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            s[i] = i;
            t[i] = i + 1;
        }
        LayoutGraph path = LayoutGraph.of(n, s, t);
        Positions line = new Positions(n);
        for (int i = 0; i < n; i++) {
            line.set(i, 7.5 * i, 3.0);
        }
        assertEquals(0.0, LayoutQuality.normalisedStress(path, line), 1e-12);
    }

    @Test
    void goodDrawingsOfGridAndRingScoreLowAndRandomPositionsScoreHigher() {
        LayoutGraph grid = TestGraphs.grid(12);
        double gridGood = LayoutQuality.normalisedStress(grid, TestGraphs.gridDrawing(12));
        double gridRandom = LayoutQuality.normalisedStress(grid, Positions.random(grid.nodeCount(), 3));
        assertTrue(gridGood < 0.05, "grid drawn as a grid: " + gridGood);
        assertTrue(gridRandom > 0.2, "grid at random positions: " + gridRandom);

        LayoutGraph ring = TestGraphs.ring(40);
        double ringGood = LayoutQuality.normalisedStress(ring, TestGraphs.ringDrawing(40));
        double ringRandom = LayoutQuality.normalisedStress(ring, Positions.random(40, 3));
        assertTrue(ringGood < 0.05, "ring drawn as a circle: " + ringGood);
        assertTrue(ringRandom > 4 * ringGood, "ring at random positions: " + ringRandom);
    }

    @Test
    void stressIsIndependentOfTheDrawingsScaleAndPosition() {
        LayoutGraph grid = TestGraphs.grid(8);
        Positions p = Positions.random(grid.nodeCount(), 11);
        Positions scaled = new Positions(grid.nodeCount());
        for (int i = 0; i < p.size(); i++) {
            scaled.set(i, 40 * p.x(i) + 100, 40 * p.y(i) - 5);
        }
        assertEquals(LayoutQuality.normalisedStress(grid, p), LayoutQuality.normalisedStress(grid, scaled), 1e-9);
    }

    @Test
    void allNodesOnOnePointScoreOne() {
        LayoutGraph ring = TestGraphs.ring(10);
        assertEquals(1.0, LayoutQuality.normalisedStress(ring, new Positions(10)), 1e-12);
    }

    @Test
    void sampledStressIsCloseToExactStress() {
        LayoutGraph g = ScaleFreeGraphs.generate(2000, 3, 5);
        Positions p = Positions.random(2000, 5);
        double exact = LayoutQuality.normalisedStress(g, p, 2000, 1);
        double sampled = LayoutQuality.normalisedStress(g, p, 200, 1);
        assertEquals(exact, sampled, 0.01);
    }

    @Test
    void pairsInDifferentComponentsDoNotCount() {
        LayoutGraph twoEdges = LayoutGraph.of(4, new int[] {0, 2}, new int[] {1, 3});
        Positions p = Positions.of(new double[] {0, 1, 500, 500}, new double[] {0, 0, 0, 1});
        assertEquals(0.0, LayoutQuality.normalisedStress(twoEdges, p), 1e-12);
        LayoutGraph noEdges = LayoutGraph.of(3, new int[0], new int[0]);
        assertTrue(Double.isNaN(LayoutQuality.normalisedStress(noEdges, new Positions(3))));
    }

    @Test
    void mismatchedSizesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LayoutQuality.normalisedStress(TestGraphs.ring(5), new Positions(4)));
    }
}
