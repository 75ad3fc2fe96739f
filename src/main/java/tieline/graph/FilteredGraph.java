package tieline.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;

/**
 * A read-only JGraphT graph over the base graph that shows only what a {@link Visibility}
 * admits, and hands out each relationship as seen through the filter, so that no algorithm
 * or caller working on a view can reach evidence the view hides. Nothing is copied: adjacency
 * is looked up in the base graph (and remembered per vertex on first use).
 */
final class FilteredGraph extends AbstractGraph<String, Relationship> {

    private final Graph<String, Relationship> base;
    private final Visibility visibility;
    private final ConcurrentHashMap<String, Set<Relationship>> adjacency = new ConcurrentHashMap<>();

    FilteredGraph(Graph<String, Relationship> base, Visibility visibility) {
        this.base = base;
        this.visibility = visibility;
    }

    private Relationship seen(Relationship r) {
        return r == null ? null : visibility.relationships.get(r.id());
    }

    @Override
    public Set<Relationship> getAllEdges(String u, String v) {
        if (!containsVertex(u) || !containsVertex(v)) {
            return null;
        }
        Relationship r = getEdge(u, v);
        return r == null ? Set.of() : Set.of(r);
    }

    @Override
    public Relationship getEdge(String u, String v) {
        if (!containsVertex(u) || !containsVertex(v)) {
            return null;
        }
        return seen(base.getEdge(u, v));
    }

    @Override
    public Supplier<String> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Relationship> getEdgeSupplier() {
        return null;
    }

    @Override
    public Relationship addEdge(String u, String v) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(String u, String v, Relationship e) {
        throw readOnly();
    }

    @Override
    public String addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(String v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Relationship e) {
        return e != null && visibility.relationships.containsKey(e.id());
    }

    @Override
    public boolean containsVertex(String v) {
        return visibility.entityIds.contains(v);
    }

    @Override
    public Set<Relationship> edgeSet() {
        return visibility.relationshipSet;
    }

    @Override
    public int degreeOf(String vertex) {
        return edgesOf(vertex).size();
    }

    @Override
    public Set<Relationship> edgesOf(String vertex) {
        if (!containsVertex(vertex)) {
            throw new IllegalArgumentException("no such vertex in this view: " + vertex);
        }
        return adjacency.computeIfAbsent(vertex, v -> {
            Set<Relationship> out = new LinkedHashSet<>();
            for (Relationship r : base.edgesOf(v)) {
                Relationship s = seen(r);
                if (s != null) {
                    out.add(s);
                }
            }
            return Collections.unmodifiableSet(out);
        });
    }

    @Override
    public int inDegreeOf(String vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Relationship> incomingEdgesOf(String vertex) {
        return edgesOf(vertex);
    }

    @Override
    public int outDegreeOf(String vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Relationship> outgoingEdgesOf(String vertex) {
        return edgesOf(vertex);
    }

    @Override
    public Relationship removeEdge(String u, String v) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Relationship e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(String v) {
        throw readOnly();
    }

    @Override
    public Set<String> vertexSet() {
        return visibility.entityIds;
    }

    @Override
    public String getEdgeSource(Relationship e) {
        requireEdge(e);
        return e.sourceId();
    }

    @Override
    public String getEdgeTarget(Relationship e) {
        requireEdge(e);
        return e.targetId();
    }

    private void requireEdge(Relationship e) {
        if (!containsEdge(e)) {
            throw new IllegalArgumentException("no such edge in this view: " + e);
        }
    }

    @Override
    public GraphType getType() {
        return base.getType().asUnmodifiable();
    }

    @Override
    public double getEdgeWeight(Relationship e) {
        return Graph.DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Relationship e, double weight) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a graph view is read-only");
    }
}
