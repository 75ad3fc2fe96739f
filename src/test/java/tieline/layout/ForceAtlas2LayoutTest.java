package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForceAtlas2LayoutTest {

    private static final ForceAtlas2Settings SETTINGS = ForceAtlas2Settings.defaults();

    @Test
    void sameSeedGivesTheSameLayoutAndAnotherSeedADifferentOne() {
        LayoutGraph g = ScaleFreeGraphs.generate(600, 3, 1);
        Positions a = new ForceAtlas2Layout(SETTINGS).layout(g, 50, 42);
        Positions b = new ForceAtlas2Layout(SETTINGS).layout(g, 50, 42);
        Positions c = new ForceAtlas2Layout(SETTINGS).layout(g, 50, 43);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertFalse(java.util.Arrays.equals(a.x(), c.x()));
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        LayoutGraph g = ScaleFreeGraphs.generate(3000, 2, 9);
        Positions one = new ForceAtlas2Layout(SETTINGS).layout(g, 20, 5);
        Positions three = new ForceAtlas2Layout(SETTINGS.withThreads(3)).layout(g, 20, 5);
        assertArrayEquals(one.x(), three.x());
        assertArrayEquals(one.y(), three.y());
    }

    @Test
    void pinnedNodesNeverMoveWhileTheOthersDo() {
        LayoutGraph g = ScaleFreeGraphs.generate(300, 2, 4);
        Positions start = Positions.random(300, 8);
        Positions p = start.copy();
        boolean[] pinned = new boolean[300];
        for (int i = 0; i < 300; i += 7) {
            pinned[i] = true;
        }
        pinned[0] = true; // the oldest node of a scale-free graph is a hub: the strongest pull there is
        new ForceAtlas2Layout(SETTINGS).run(g, p, pinned, 80, LayoutListener.NONE, () -> false);
        int moved = 0;
        for (int i = 0; i < 300; i++) {
            if (pinned[i]) {
                assertEquals(start.x(i), p.x(i), 0.0, "pinned node " + i);
                assertEquals(start.y(i), p.y(i), 0.0, "pinned node " + i);
            } else if (start.x(i) != p.x(i) || start.y(i) != p.y(i)) {
                moved++;
            }
        }
        assertEquals(300 - countTrue(pinned), moved);
    }

    @Test
    void sessionPinningAppliesFromTheNextStep() {
        LayoutGraph g = TestGraphs.ring(20);
        Positions p = Positions.random(20, 2);
        try (ForceAtlas2Session session = new ForceAtlas2Layout(SETTINGS).start(g, p, null)) {
            session.step();
            session.setPinned(3, true);
            p.set(3, 100, -50);
            for (int i = 0; i < 10; i++) {
                session.step();
            }
            assertEquals(11, session.iterations());
            assertEquals(100, p.x(3), 0.0);
            assertEquals(-50, p.y(3), 0.0);
            assertTrue(session.isPinned(3));
        }
    }

    @Test
    void cancellationStopsEarlyAfterACompleteIteration() {
        LayoutGraph g = ScaleFreeGraphs.generate(500, 3, 3);
        Positions p = Positions.random(500, 1);
        AtomicInteger seen = new AtomicInteger();
        LayoutOutcome outcome = new ForceAtlas2Layout(SETTINGS).run(g, p, 1000,
                (done, total, positions) -> seen.set(done), () -> seen.get() >= 7);
        assertTrue(outcome.cancelled());
        assertEquals(7, outcome.iterations());
        Positions reference = Positions.random(500, 1);
        new ForceAtlas2Layout(SETTINGS).run(g, reference, 7, LayoutListener.NONE, () -> false);
        assertArrayEquals(reference.x(), p.x());
    }

    @Test
    void uncancelledRunReportsEveryIteration() {
        AtomicInteger calls = new AtomicInteger();
        LayoutOutcome outcome = new ForceAtlas2Layout(SETTINGS).run(TestGraphs.ring(10), Positions.random(10, 1), 25,
                (done, total, positions) -> {
                    calls.incrementAndGet();
                    assertEquals(25, total);
                }, () -> false);
        assertEquals(new LayoutOutcome(25, false), outcome);
        assertEquals(25, calls.get());
    }

    @Test
    void layoutOfGridAndRingHasLowStressFromARandomStart() {
        LayoutGraph grid = TestGraphs.grid(10);
        ForceAtlas2Settings small = ForceAtlas2Settings.recommendedFor(grid);
        Positions gridStart = Positions.random(100, 6);
        double gridBefore = LayoutQuality.normalisedStress(grid, gridStart);
        new ForceAtlas2Layout(small).run(grid, gridStart, 500, LayoutListener.NONE, () -> false);
        double gridAfter = LayoutQuality.normalisedStress(grid, gridStart);
        assertTrue(gridAfter < 0.1 && gridAfter < gridBefore / 3, gridBefore + " -> " + gridAfter);

        LayoutGraph ring = TestGraphs.ring(30);
        Positions ringStart = Positions.random(30, 6);
        double ringBefore = LayoutQuality.normalisedStress(ring, ringStart);
        new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(ring)).run(ring, ringStart, 500,
                LayoutListener.NONE, () -> false);
        double ringAfter = LayoutQuality.normalisedStress(ring, ringStart);
        assertTrue(ringAfter < 0.1 && ringAfter < ringBefore / 3, ringBefore + " -> " + ringAfter);
    }

    @Test
    void barnesHutLayoutIsAboutAsGoodAsExactRepulsion() {
        LayoutGraph g = ScaleFreeGraphs.generate(800, 3, 2);
        double exact = LayoutQuality.normalisedStress(g,
                new ForceAtlas2Layout(SETTINGS.withBarnesHut(false)).layout(g, 100, 3));
        double approximate = LayoutQuality.normalisedStress(g, new ForceAtlas2Layout(SETTINGS).layout(g, 100, 3));
        double random = LayoutQuality.normalisedStress(g, Positions.random(800, 3));
        assertTrue(exact < random - 0.02, "exact " + exact + ", random " + random);
        assertEquals(exact, approximate, 0.01);
    }

    @Test
    void connectedNodesEndUpCloserThanUnconnectedOnes() {
        LayoutGraph g = ScaleFreeGraphs.generate(1000, 2, 12);
        Positions p = new ForceAtlas2Layout(SETTINGS).layout(g, 150, 12);
        double edgeSum = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            edgeSum += Math.hypot(p.x(g.source(e)) - p.x(g.target(e)), p.y(g.source(e)) - p.y(g.target(e)));
        }
        java.util.Random random = new java.util.Random(1);
        double pairSum = 0;
        for (int k = 0; k < 5000; k++) {
            int a = random.nextInt(1000);
            int b = random.nextInt(1000);
            pairSum += Math.hypot(p.x(a) - p.x(b), p.y(a) - p.y(b));
        }
        assertTrue(edgeSum / g.edgeCount() < 0.5 * pairSum / 5000);
    }

    @Test
    void coincidentNodesSeparate() {
        LayoutGraph pair = LayoutGraph.of(3, new int[] {0, 0}, new int[] {1, 2});
        Positions p = Positions.of(new double[] {0, 5, 5}, new double[] {0, 5, 5});
        new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(pair)).run(pair, p, 50, LayoutListener.NONE,
                () -> false);
        assertTrue(Math.hypot(p.x(1) - p.x(2), p.y(1) - p.y(2)) > 0.1);
    }

    @Test
    void everyOptionalForceKeepsPositionsFinite() {
        LayoutGraph g = ScaleFreeGraphs.generate(400, 2, 3);
        double[] sizes = new double[400];
        java.util.Arrays.fill(sizes, 2.0);
        LayoutGraph sized = g.withNodeSizes(sizes);
        ForceAtlas2Settings[] variants = {
            SETTINGS.withLinLogMode(true), SETTINGS.withStrongGravity(true), SETTINGS.withPreventOverlap(true),
            SETTINGS.withOutboundAttractionDistribution(true), SETTINGS.withEdgeWeightInfluence(0),
            SETTINGS.withBarnesHut(false).withPreventOverlap(true).withLinLogMode(true)};
        for (ForceAtlas2Settings variant : variants) {
            Positions p = new ForceAtlas2Layout(variant).layout(sized, 60, 1);
            double stress = LayoutQuality.normalisedStress(sized, p);
            for (int i = 0; i < 400; i++) {
                assertTrue(Double.isFinite(p.x(i)) && Double.isFinite(p.y(i)), variant.toString());
            }
            assertTrue(stress < 0.35, variant + ": " + stress);
        }
    }

    @Test
    void overlapPreventionKeepsDiscsApart() {
        LayoutGraph g = ScaleFreeGraphs.generate(60, 2, 3);
        double[] sizes = new double[60];
        java.util.Arrays.fill(sizes, 5.0);
        LayoutGraph sized = g.withNodeSizes(sizes);
        Positions p = Positions.random(60, 30, 4);
        new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(sized).withPreventOverlap(true))
                .run(sized, p, 400, LayoutListener.NONE, () -> false);
        int overlapping = 0;
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                if (Math.hypot(p.x(i) - p.x(j), p.y(i) - p.y(j)) < 9.0) {
                    overlapping++;
                }
            }
        }
        assertEquals(0, overlapping);
    }

    @Test
    void emptyAndSingleNodeGraphsAreLaidOutWithoutTrouble() {
        for (boolean barnesHut : new boolean[] {true, false}) {
            ForceAtlas2Layout layout = new ForceAtlas2Layout(SETTINGS.withBarnesHut(barnesHut));
            LayoutGraph empty = LayoutGraph.of(0, new int[0], new int[0]);
            assertEquals(new LayoutOutcome(10, false),
                    layout.run(empty, new Positions(0), 10, LayoutListener.NONE, () -> false));
            LayoutGraph single = LayoutGraph.of(1, new int[0], new int[0]);
            Positions p = Positions.of(new double[] {30}, new double[] {-40});
            layout.run(single, p, 10, LayoutListener.NONE, () -> false);
            assertTrue(Math.hypot(p.x(0), p.y(0)) < 50, "gravity pulls a lone node towards the origin");
        }
    }

    @Test
    void badArgumentsAreRejectedWithAClearMessage() {
        ForceAtlas2Layout layout = new ForceAtlas2Layout(SETTINGS);
        LayoutGraph ring = TestGraphs.ring(5);
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> layout.run(ring, new Positions(4), 1, LayoutListener.NONE, () -> false));
        assertTrue(size.getMessage().contains("5 nodes"), size.getMessage());
        Positions nan = new Positions(5);
        nan.set(2, Double.NaN, 0);
        IllegalArgumentException notFinite = assertThrows(IllegalArgumentException.class,
                () -> layout.run(ring, nan, 1, LayoutListener.NONE, () -> false));
        assertTrue(notFinite.getMessage().contains("node 2"), notFinite.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SETTINGS.withBarnesHutTheta(0));
        assertThrows(IllegalArgumentException.class, () -> SETTINGS.withThreads(0));
    }

    private static int countTrue(boolean[] flags) {
        int count = 0;
        for (boolean f : flags) {
            count += f ? 1 : 0;
        }
        return count;
    }
}
