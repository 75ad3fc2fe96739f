package tieline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;

/**
 * An immutable, compact undirected graph for layout: nodes are the integers {@code 0..nodeCount-1},
 * edges are parallel arrays of source, target and weight.
 *
 * <p>Self-loops are dropped (they exert no force); parallel edges are kept and count towards the
 * degree. Each node has a mass of {@code degree + 1} (ForceAtlas2's degree-weighted repulsion) and a
 * size (radius in layout units, default {@value #DEFAULT_NODE_SIZE}) used only when overlap
 * prevention is on. Build one from arrays with {@link #of(int, int[], int[], double[])} or from any
 * JGraphT graph with {@link #fromGraph(Graph, ToDoubleFunction)}, which also returns the vertex to
 * index map.
 */
public final class LayoutGraph {

    /** Node radius used by overlap prevention when no sizes are given. */
    public static final double DEFAULT_NODE_SIZE = 1.0;

    final int nodeCount;
    final int[] source;
    final int[] target;
    final double[] weight;
    final int[] degree;
    final double[] mass;
    final double[] size;
    /** Compressed adjacency: neighbours of node i are adjacency[adjacencyStart[i] .. adjacencyStart[i+1]). */
    final int[] adjacencyStart;
    final int[] adjacency;

    private LayoutGraph(int nodeCount, int[] source, int[] target, double[] weight, double[] size) {
        this.nodeCount = nodeCount;
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.size = size;
        this.degree = new int[nodeCount];
        for (int e = 0; e < source.length; e++) {
            degree[source[e]]++;
            degree[target[e]]++;
        }
        this.mass = new double[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            mass[i] = degree[i] + 1.0;
        }
        this.adjacencyStart = new int[nodeCount + 1];
        for (int i = 0; i < nodeCount; i++) {
            adjacencyStart[i + 1] = adjacencyStart[i] + degree[i];
        }
        this.adjacency = new int[2 * source.length];
        int[] fill = Arrays.copyOf(adjacencyStart, nodeCount);
        for (int e = 0; e < source.length; e++) {
            adjacency[fill[source[e]]++] = target[e];
            adjacency[fill[target[e]]++] = source[e];
        }
    }

    /** A graph with unit edge weights; see {@link #of(int, int[], int[], double[])}. */
    public static LayoutGraph of(int nodeCount, int[] source, int[] target) {
        double[] ones = new double[source.length];
        Arrays.fill(ones, 1.0);
        return of(nodeCount, source, target, ones);
    }

    /**
     * A graph from edge arrays (copied). Edge {@code e} joins {@code source[e]} and {@code target[e]}
     * with weight {@code weight[e]}; direction is ignored and self-loops are dropped.
     *
     * @throws IllegalArgumentException if the arrays differ in length, a node index is out of range or
     *     a weight is negative or not finite (the message names the edge)
     */
    public static LayoutGraph of(int nodeCount, int[] source, int[] target, double[] weight) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count must not be negative: " + nodeCount);
        }
        if (source.length != target.length || source.length != weight.length) {
            throw new IllegalArgumentException("edge arrays differ in length: source " + source.length
                    + ", target " + target.length + ", weight " + weight.length);
        }
        int kept = 0;
        for (int e = 0; e < source.length; e++) {
            checkNode(nodeCount, e, source[e]);
            checkNode(nodeCount, e, target[e]);
            if (!(weight[e] >= 0) || Double.isInfinite(weight[e])) {
                throw new IllegalArgumentException("edge " + e + " has weight " + weight[e]
                        + "; weights must be finite and not negative");
            }
            if (source[e] != target[e]) {
                kept++;
            }
        }
        int[] s = new int[kept];
        int[] t = new int[kept];
        double[] w = new double[kept];
        int k = 0;
        for (int e = 0; e < source.length; e++) {
            if (source[e] != target[e]) {
                s[k] = source[e];
                t[k] = target[e];
                w[k] = weight[e];
                k++;
            }
        }
        double[] sizes = new double[nodeCount];
        Arrays.fill(sizes, DEFAULT_NODE_SIZE);
        return new LayoutGraph(nodeCount, s, t, w, sizes);
    }

    private static void checkNode(int nodeCount, int edge, int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("edge " + edge + " refers to node " + node
                    + ", outside 0.." + (nodeCount - 1));
        }
    }

    /** The layout graph of a JGraphT graph with each edge weighted by {@code graph.getEdgeWeight}. */
    public static <V, E> IndexedLayoutGraph<V> fromGraph(Graph<V, E> graph) {
        return fromGraph(graph, graph::getEdgeWeight);
    }

    /**
     * The layout graph of a JGraphT graph, nodes numbered in the graph's vertex iteration order.
     *
     * @param weight the layout weight of an edge, for example its evidence count
     * @return the layout graph together with the vertex to node index map
     */
    public static <V, E> IndexedLayoutGraph<V> fromGraph(Graph<V, E> graph, ToDoubleFunction<? super E> weight) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int m = graph.edgeSet().size();
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        int e = 0;
        for (E edge : graph.edgeSet()) {
            s[e] = index.get(graph.getEdgeSource(edge));
            t[e] = index.get(graph.getEdgeTarget(edge));
            w[e] = weight.applyAsDouble(edge);
            e++;
        }
        return new IndexedLayoutGraph<>(of(vertices.size(), s, t, w), vertices, index);
    }

    /**
     * The same graph with the given node radii (copied), used when overlap prevention is on.
     *
     * @throws IllegalArgumentException if the array length is not the node count or a size is negative
     */
    public LayoutGraph withNodeSizes(double[] sizes) {
        if (sizes.length != nodeCount) {
            throw new IllegalArgumentException("expected " + nodeCount + " node sizes, got " + sizes.length);
        }
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] >= 0) || Double.isInfinite(sizes[i])) {
                throw new IllegalArgumentException("node " + i + " has size " + sizes[i]
                        + "; sizes must be finite and not negative");
            }
        }
        return new LayoutGraph(nodeCount, source, target, weight, sizes.clone());
    }

    /** Number of nodes. */
    public int nodeCount() {
        return nodeCount;
    }

    /** Number of edges (self-loops excluded). */
    public int edgeCount() {
        return source.length;
    }

    /** One end of edge {@code e}. */
    public int source(int e) {
        return source[e];
    }

    /** The other end of edge {@code e}. */
    public int target(int e) {
        return target[e];
    }

    /** Weight of edge {@code e}. */
    public double weight(int e) {
        return weight[e];
    }

    /** Number of edges touching {@code node}. */
    public int degree(int node) {
        return degree[node];
    }

    /** ForceAtlas2 mass of {@code node}: its degree plus one. */
    public double mass(int node) {
        return mass[node];
    }

    /** Radius of {@code node} in layout units, used by overlap prevention. */
    public double size(int node) {
        return size[node];
    }

    /** The neighbours of {@code node} (a copy; a neighbour appears once per parallel edge). */
    public int[] neighbours(int node) {
        return Arrays.copyOfRange(adjacency, adjacencyStart[node], adjacencyStart[node + 1]);
    }
}
