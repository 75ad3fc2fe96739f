package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.model.EntityType;

class LabelPlannerTest {

    /** 7 px per character at any size: enough to test placement without a text engine. */
    private static final LabelPlanner.TextWidth WIDTH = (text, size) -> text.length() * size * 0.6;

    private static GraphScene crowd(int n, long seed) {
        return crowd(n, seed, 1);
    }

    private static GraphScene crowd(int n, long seed, double spread) {
        Random random = new Random(seed);
        GraphScene.Builder b = GraphScene.builder();
        for (int i = 0; i < n; i++) {
            b.node("n" + i, "Entity number " + i, EntityType.PERSON, random.nextDouble(), random.nextDouble() * 400 * spread,
                    random.nextDouble() * 300 * spread);
        }
        return b.build();
    }

    private static boolean[] all(GraphScene s) {
        boolean[] v = new boolean[s.nodeCount()];
        Arrays.fill(v, true);
        return v;
    }

    private static boolean overlap(LabelPlanner p, int i, int j) {
        return p.left(i) < p.left(j) + p.width(j) && p.left(j) < p.left(i) + p.width(i)
                && p.top(i) < p.top(j) + p.fontSize(j) + 2 && p.top(j) < p.top(i) + p.fontSize(i) + 2;
    }

    @Test
    void placedLabelsNeverOverlap() {
        GraphScene s = crowd(400, 1);
        Viewport vp = new Viewport();
        vp.fit(s.bounds(), 1200, 800, 20);
        LabelPlanner p = new LabelPlanner(WIDTH);
        p.plan(s, vp, 1200, 800, all(s), null, -1, -1);
        assertTrue(p.count() > 10, "some labels fit: " + p.count());
        for (int i = 0; i < p.count(); i++) {
            for (int j = i + 1; j < p.count(); j++) {
                assertFalse(overlap(p, i, j), "labels " + i + " and " + j);
            }
        }
    }

    @Test
    void theSelectedLabelIsAlwaysPlacedFirstAndNothingCoversIt() {
        GraphScene s = crowd(400, 2);
        Viewport vp = new Viewport();
        vp.fit(s.bounds(), 800, 500, 20);
        int selected = s.nodeCount() - 1;
        LabelPlanner p = new LabelPlanner(WIDTH);
        p.plan(s, vp, 800, 500, all(s), null, selected, -1);
        assertEquals(selected, p.node(0));
        for (int j = 1; j < p.count(); j++) {
            assertFalse(overlap(p, 0, j), "label " + j + " covers the selected one");
        }
    }

    @Test
    void minorLabelsHideWhenZoomedOutAndReturnWhenZoomedIn() {
        GraphScene s = crowd(3000, 3, 10);
        LabelPlanner p = new LabelPlanner(WIDTH);
        Viewport far = new Viewport();
        far.fit(s.bounds(), 1000, 700, 0);
        far.zoomAt(0.25, 500, 350);
        p.plan(s, far, 1000, 700, all(s), null, -1, -1);
        Set<Integer> zoomedOut = new HashSet<>();
        for (int k = 0; k < p.count(); k++) {
            zoomedOut.add(p.node(k));
            assertTrue(p.node(k) < LabelPlanner.ALWAYS_CANDIDATES, "only the most important are labelled");
        }
        Viewport near = new Viewport();
        near.set(1, -2000, -1500);
        p.plan(s, near, 1000, 700, all(s), null, -1, -1);
        boolean minor = false;
        for (int k = 0; k < p.count(); k++) {
            minor |= p.node(k) >= LabelPlanner.ALWAYS_CANDIDATES;
        }
        assertTrue(minor, "zoomed in, minor nodes get labels too");
    }

    @Test
    void labelsKeepAConstantScreenSize() {
        GraphScene s = crowd(5, 4);
        LabelPlanner p = new LabelPlanner(WIDTH);
        Viewport vp = new Viewport();
        vp.set(20, 0, 0);
        p.plan(s, vp, 8000, 6000, all(s), null, 0, -1);
        float big = p.fontSize(0);
        vp.set(1, 0, 0);
        p.plan(s, vp, 8000, 6000, all(s), null, 0, -1);
        assertEquals(big, p.fontSize(0), 1e-6);
        assertTrue(big >= 11 && big <= 14);
    }

    @Test
    void aLabelWithNoRoomBelowItsNodeGoesAboveOrBesideIt() {
        GraphScene.Builder b = GraphScene.builder();
        b.node("upper", "Upper", EntityType.PERSON, 1, 100, 100);
        b.node("lower", "Lower", EntityType.PERSON, 0.9, 100, 112);
        GraphScene s = b.build();
        Viewport vp = new Viewport();
        vp.set(1, 200, 150);
        LabelPlanner p = new LabelPlanner(WIDTH);
        p.plan(s, vp, 600, 400, all(s), null, -1, -1);
        assertEquals(2, p.count(), "both labelled");
        assertFalse(overlap(p, 0, 1));
        int upper = p.node(0) == s.indexOf("upper") ? 0 : 1;
        int lower = 1 - upper;
        assertTrue(p.top(upper) > vp.toScreenY(100), "the first label sits below its node");
        double lowerY = vp.toScreenY(112);
        boolean below = p.top(lower) > lowerY;
        assertFalse(below, "the second label left the space below its node, which the first label took");
        assertTrue(p.top(lower) + p.fontSize(lower) + 2 <= p.top(upper) || p.left(lower) >= 200 + 100 + 2
                || p.left(lower) + p.width(lower) <= 200 + 100 - 2, "above or beside: " + p.left(lower) + "," + p.top(lower));
    }
}
