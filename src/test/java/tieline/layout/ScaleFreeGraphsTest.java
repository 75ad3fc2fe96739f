package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScaleFreeGraphsTest {

    @Test
    void simpleConnectedGraphWithAboutFourEdgesPerNodeAndHubs() {
        LayoutGraph g = ScaleFreeGraphs.generate(5000, 4, 1);
        assertEquals(5000, g.nodeCount());
        assertEquals(10 + 4995 * 4, g.edgeCount());
        Set<Long> seen = new HashSet<>();
        int maxDegree = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = Math.min(g.source(e), g.target(e));
            int b = Math.max(g.source(e), g.target(e));
            assertTrue(a != b);
            assertTrue(seen.add((long) a << 32 | b), "duplicate edge " + a + "-" + b);
        }
        for (int i = 0; i < g.nodeCount(); i++) {
            assertTrue(g.degree(i) >= 4);
            maxDegree = Math.max(maxDegree, g.degree(i));
        }
        assertTrue(maxDegree > 20 * 8, "preferential attachment makes hubs; max degree " + maxDegree);
        assertEquals(5000, reachableFrom(g, 0));
    }

    @Test
    void sameSeedSameGraph() {
        LayoutGraph a = ScaleFreeGraphs.generate(300, 3, 9);
        LayoutGraph b = ScaleFreeGraphs.generate(300, 3, 9);
        LayoutGraph c = ScaleFreeGraphs.generate(300, 3, 10);
        int[] ta = new int[a.edgeCount()];
        int[] tb = new int[b.edgeCount()];
        int[] tc = new int[c.edgeCount()];
        for (int e = 0; e < ta.length; e++) {
            ta[e] = a.target(e);
            tb[e] = b.target(e);
            tc[e] = c.target(e);
        }
        assertArrayEquals(ta, tb);
        assertFalse(java.util.Arrays.equals(ta, tc));
    }

    private static int reachableFrom(LayoutGraph g, int start) {
        boolean[] seen = new boolean[g.nodeCount()];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            for (int v : g.neighbours(queue.poll())) {
                if (!seen[v]) {
                    seen[v] = true;
                    count++;
                    queue.add(v);
                }
            }
        }
        return count;
    }
}
