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
 * graph is built.
 */
final class PresizedSimpleGraph<V, E> extends AbstractBaseGraph<V, E> {

    private static final long serialVersionUID = 1L;

    PresizedSimpleGraph(int vertices, int edges) {
        super(null, null, new DefaultGraphType.Builder().undirected().allowMultipleEdges(false)
                .allowSelfLoops(false).weighted(false).build(), new Strategy<>(vertices, edges));
    }

    /** JGraphT's fast-lookup strategy, with sized maps. */
    private static final class Strategy<V, E> extends FastLookupGraphSpecificsStrategy<V, E> {

        private static final long serialVersionUID = 1L;
        private final int vertices;
        private final int edges;

        Strategy(int vertices, int edges) {
            this.vertices = vertices;
            this.edges = edges;
        }

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<V, E>> getIntrusiveEdgesSpecificsFactory() {
            return type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edges)));
        }

        @Override
        public BiFunction<Graph<V, E>, GraphType, Specifics<V, E>> getSpecificsFactory() {
            return (graph, type) -> new FastLookupUndirectedSpecifics<>(graph,
                    new LinkedHashMap<>(capacity(vertices)), new HashMap<>(capacity(edges)), getEdgeSetFactory());
        }

        private static int capacity(int entries) {
            return Math.max(16, (int) (entries / 0.75f) + 1);
        }
    }
}
