package tieline.layout;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link LayoutGraph} built from a graph of vertices {@code V}, with the map between vertices and
 * node indices: node {@code i} is {@code vertices().get(i)}.
 *
 * @param graph the compact layout graph
 * @param vertices the vertex of each node index (unmodifiable)
 * @param index the node index of each vertex (unmodifiable)
 */
public record IndexedLayoutGraph<V>(LayoutGraph graph, List<V> vertices, Map<V, Integer> index) {

    /** Copies the vertex list and map into unmodifiable collections. */
    public IndexedLayoutGraph {
        Objects.requireNonNull(graph, "graph");
        vertices = List.copyOf(vertices);
        index = Map.copyOf(index);
    }

    /** The node index of {@code vertex}, or -1 if it is not in the graph. */
    public int indexOf(V vertex) {
        Integer i = index.get(vertex);
        return i == null ? -1 : i;
    }

    /** The vertex at node index {@code node}. */
    public V vertex(int node) {
        return vertices.get(node);
    }

    /**
     * Start positions for this graph after the graph changed (a filter was narrowed or widened): every
     * vertex that was in {@code previous} keeps its position there, the others are placed near their
     * neighbours by {@link Positions#placeNewNodesNearNeighbours}, so the picture does not jump.
     *
     * @param previousPositions positions of {@code previous}'s nodes
     * @param seed seeds the placement of new vertices
     */
    public Positions positionsFollowing(IndexedLayoutGraph<V> previous, Positions previousPositions, long seed) {
        if (previousPositions.size() != previous.graph().nodeCount()) {
            throw new IllegalArgumentException("previous graph has " + previous.graph().nodeCount()
                    + " nodes but " + previousPositions.size() + " positions were given");
        }
        Positions next = new Positions(graph.nodeCount());
        boolean[] placed = new boolean[graph.nodeCount()];
        for (int i = 0; i < vertices.size(); i++) {
            int old = previous.indexOf(vertices.get(i));
            if (old >= 0) {
                next.set(i, previousPositions.x(old), previousPositions.y(old));
                placed[i] = true;
            }
        }
        next.placeNewNodesNearNeighbours(graph, placed, seed);
        return next;
    }
}
