package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Our array-based Brandes against JGraphT's BetweennessCentrality on seeded random graphs. */
class BetweennessTest {

    @Test
    void agreesWithJGraphTOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            int n = 2 + random.nextInt(60);
            double density = random.nextDouble() * 0.2;
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < n; i++) {
                g.addVertex(i);
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < density) {
                        g.addEdge(a, b);
                    }
                }
            }
            Map<Integer, Double> expected = new BetweennessCentrality<>(g, false).getScores();
            double[] actual = Betweenness.scores(offsets(g), targets(g));
            for (int v = 0; v < n; v++) {
                assertEquals(expected.get(v), actual[v], 1e-9, "round " + round + ", vertex " + v);
            }
        }
    }

    private static int[] offsets(Graph<Integer, DefaultEdge> g) {
        int n = g.vertexSet().size();
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + g.degreeOf(v);
        }
        return offsets;
    }

    private static int[] targets(Graph<Integer, DefaultEdge> g) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < g.vertexSet().size(); v++) {
            for (DefaultEdge e : g.edgesOf(v)) {
                out.add(org.jgrapht.Graphs.getOppositeVertex(g, e, v));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
