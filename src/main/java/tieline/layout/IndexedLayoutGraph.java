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
}
