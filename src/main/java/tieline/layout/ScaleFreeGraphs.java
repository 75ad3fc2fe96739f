package tieline.layout;

import java.util.Random;

/**
 * Synthetic scale-free graphs (Barabasi-Albert preferential attachment) for layout and rendering
 * benchmarks and demos: a few hubs, many nodes of low degree, small diameter, like a relationship
 * graph of many cables.
 */
public final class ScaleFreeGraphs {

    private ScaleFreeGraphs() {
    }

    /**
     * A connected Barabasi-Albert graph: starts from a clique of {@code edgesPerNode + 1} nodes, then
     * each further node links to {@code edgesPerNode} distinct earlier nodes chosen with probability
     * proportional to their degree. About {@code nodes * edgesPerNode} edges; the same arguments give
     * the same graph.
     *
     * @throws IllegalArgumentException if {@code nodes < 1} or {@code edgesPerNode < 1}
     */
    public static LayoutGraph generate(int nodes, int edgesPerNode, long seed) {
        if (nodes < 1 || edgesPerNode < 1) {
            throw new IllegalArgumentException("need at least one node and one edge per node, got " + nodes
                    + " nodes and " + edgesPerNode + " edges per node");
        }
        int initial = Math.min(nodes, edgesPerNode + 1);
        long edgeCount = (long) initial * (initial - 1) / 2 + (long) (nodes - initial) * edgesPerNode;
        if (edgeCount > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("graph too large: " + edgeCount + " edges");
        }
        int[] source = new int[(int) edgeCount];
        int[] target = new int[(int) edgeCount];
        // Every edge end, so a uniform pick from it picks a node with probability proportional to degree.
        int[] ends = new int[2 * (int) edgeCount];
        int edges = 0;
        for (int a = 0; a < initial; a++) {
            for (int b = a + 1; b < initial; b++) {
                source[edges] = a;
                target[edges] = b;
                ends[2 * edges] = a;
                ends[2 * edges + 1] = b;
                edges++;
            }
        }
        Random random = new Random(seed);
        int[] picked = new int[edgesPerNode];
        for (int v = initial; v < nodes; v++) {
            int endCount = 2 * edges;
            int count = 0;
            while (count < edgesPerNode) {
                int candidate = endCount == 0 ? random.nextInt(v) : ends[random.nextInt(endCount)];
                if (!contains(picked, count, candidate)) {
                    picked[count++] = candidate;
                }
            }
            for (int k = 0; k < edgesPerNode; k++) {
                source[edges] = v;
                target[edges] = picked[k];
                ends[2 * edges] = v;
                ends[2 * edges + 1] = picked[k];
                edges++;
            }
        }
        return LayoutGraph.of(nodes, source, target);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
