package tieline.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.FastLookupGraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.FastLookupUndirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * The JGraphT graph {@link org.jgrapht.graph.SimpleGraph} would be (undirected, unweighted, no
 * loops, no parallel edges, fast edge look-up), with its vertex, edge and vertex-pair maps
 * sized up front for a known number of vertices and edges, so none of them rehashes while the
 * graph is built; and a way to add edges known to be new without the checks of
 * {@link #addEdge(Object, Object, Object)}.
 */
final class PresizedSimpleGraph<V, E> extends AbstractBaseGraph<V, E> {

    private static final long serialVersionUID = 1L;

    /** The two structures the graph keeps its edges in, as the strategy made them (JGraphT keeps its own references private). */
    private final transient Specifics<V, E> specifics;
    private final transient IntrusiveEdgesSpecifics<V, E> edgeEnds;

    PresizedSimpleGraph(int vertices, int edges) {
        this(new Strategy<>(vertices, edges));
    }

    private PresizedSimpleGraph(Strategy<V, E> strategy) {
        super(null, null, new DefaultGraphType.Builder().undirected().allowMultipleEdges(false)
                .allowSelfLoops(false).weighted(false).build(), strategy);
        this.specifics = strategy.specifics;
        this.edgeEnds = strategy.edgeEnds;
    }

    /**
     * Adds an edge the caller knows is new, between two distinct vertices of the graph that no
     * edge joins yet: what {@code addEdge} does once its checks pass, without the checks (two
     * vertex look-ups, one look-up of the pair and one of the edge, each hashing).
     */
    void addNewEdge(V source, V target, E e) {
        specifics.addEdgeToTouchingVertices(source, target, e);
        edgeEnds.add(e, source, target);
    }

    /** JGraphT's fast-lookup strategy, with sized maps. */
    private static final class Strategy<V, E> extends FastLookupGraphSpecificsStrategy<V, E> {

        private static final long serialVersionUID = 1L;
        private final int vertices;
        private final int edges;
        /** What the factories below made, for {@link PresizedSimpleGraph#addNewEdge}. */
        private transient Specifics<V, E> specifics;
        private transient IntrusiveEdgesSpecifics<V, E> edgeEnds;

        Strategy(int vertices, int edges) {
            this.vertices = vertices;
            this.edges = edges;
        }

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<V, E>> getIntrusiveEdgesSpecificsFactory() {
            return type -> {
                edgeEnds = new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edges)));
                return edgeEnds;
            };
        }

        @Override
        public BiFunction<Graph<V, E>, GraphType, Specifics<V, E>> getSpecificsFactory() {
            return (graph, type) -> {
                specifics = new FastLookupUndirectedSpecifics<>(graph, new LinkedHashMap<>(capacity(vertices)),
                        new HashMap<>(capacity(edges)), getEdgeSetFactory());
                return specifics;
            };
        }

        private static int capacity(int entries) {
            return Math.max(16, (int) (entries / 0.75f) + 1);
        }
    }
}
