package tieline.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * Measures how faithfully a drawing shows a graph, by the same code for every layout algorithm.
 *
 * <p><b>Normalised stress.</b> For node pairs (i, j) in the same connected component, let
 * {@code d_ij} be the graph-theoretic distance (number of edges on a shortest path, by breadth-first
 * search; weights are ignored) and {@code D_ij} the Euclidean distance in the drawing. With weights
 * {@code w_ij = d_ij^-2},
 * <pre>
 *   stress = min over s &gt; 0 of  sum w_ij (s * D_ij - d_ij)^2 / sum w_ij d_ij^2
 * </pre>
 * The optimal scale {@code s} removes the drawing's arbitrary size. Writing {@code r_ij = D_ij / d_ij}
 * and P for the number of pairs, {@code s = sum r / sum r^2} and the stress is
 * {@code 1 - (sum r)^2 / (P * sum r^2)}, that is the squared coefficient of variation of {@code r}
 * over {@code 1 +} itself: 0 when drawn distances are exactly proportional to graph distances, 1 when
 * every node is at the same point. Lower is better.
 *
 * <p><b>Sampling.</b> Pairs are all pairs (source, j) for a seeded random sample of source nodes (each
 * source's breadth-first search gives its distances to its whole component), so the cost is
 * {@code sources * (nodes + edges)}; with at least as many sources as nodes every ordered pair is used
 * and the value is exact. Pairs in different components (infinite distance, zero weight) do not count.
 */
public final class LayoutQuality {

    /** Source nodes sampled by {@link #normalisedStress(LayoutGraph, Positions)}. */
    public static final int DEFAULT_SOURCES = 256;
    /** Seed of the sample used by {@link #normalisedStress(LayoutGraph, Positions)}. */
    public static final long DEFAULT_SEED = 20140610L;

    private LayoutQuality() {
    }

    /**
     * Normalised stress over the pairs of {@value #DEFAULT_SOURCES} sampled sources (exact for smaller
     * graphs), always with the same seed so different layouts of one graph are compared on the same pairs.
     *
     * @return the stress in [0, 1], or NaN if no two nodes are connected
     */
    public static double normalisedStress(LayoutGraph graph, Positions positions) {
        return normalisedStress(graph, positions, DEFAULT_SOURCES, DEFAULT_SEED);
    }

    /**
     * Normalised stress over the pairs of {@code sources} source nodes chosen with {@code seed}.
     *
     * @return the stress in [0, 1], or NaN if no sampled pair is connected
     */
    public static double normalisedStress(LayoutGraph graph, Positions positions, int sources, long seed) {
        int n = graph.nodeCount();
        if (positions.size() != n) {
            throw new IllegalArgumentException("graph has " + n + " nodes but positions have " + positions.size());
        }
        if (sources < 1) {
            throw new IllegalArgumentException("sources must be at least 1, got " + sources);
        }
        int[] chosen = sampleSources(n, sources, seed);
        int[] distance = new int[n];
        int[] queue = new int[n];
        double[] x = positions.x();
        double[] y = positions.y();
        double sumR = 0;
        double sumR2 = 0;
        long pairs = 0;
        for (int s : chosen) {
            Arrays.fill(distance, -1);
            distance[s] = 0;
            queue[0] = s;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int u = queue[head++];
                for (int k = graph.adjacencyStart[u]; k < graph.adjacencyStart[u + 1]; k++) {
                    int v = graph.adjacency[k];
                    if (distance[v] < 0) {
                        distance[v] = distance[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            for (int k = 1; k < tail; k++) {
                int j = queue[k];
                double r = Math.hypot(x[s] - x[j], y[s] - y[j]) / distance[j];
                sumR += r;
                sumR2 += r * r;
                pairs++;
            }
        }
        if (pairs == 0) {
            return Double.NaN;
        }
        if (sumR2 == 0) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - sumR * sumR / (pairs * sumR2));
    }

    private static int[] sampleSources(int n, int sources, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (sources >= n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < sources; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, sources);
    }
}
