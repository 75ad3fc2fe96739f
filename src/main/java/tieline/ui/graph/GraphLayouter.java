package tieline.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jgrapht.Graph;
import tieline.graph.Relationship;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.IndexedLayoutGraph;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutListener;
import tieline.layout.Positions;

/**
 * Lays out a relationship graph with ForceAtlas2 (from {@code tieline.layout}), keeping the
 * places entities already have: entities with a place stay exactly there, newcomers start
 * near their neighbours and settle around them, so opening more cables never makes the picture
 * jump. {@link #relayout} starts afresh (only the analyst's pins stay). Seeded, so the same
 * graph gives the same picture. Runs on a background thread; plain Java.
 */
public final class GraphLayouter {

    private final long seed;

    public GraphLayouter(long seed) {
        this.seed = seed;
    }

    /** Iterations for a fresh layout: more for small graphs, where they are cheap. */
    static int freshIterations(int nodes) {
        if (nodes <= 300) {
            return 600;
        }
        if (nodes <= 2000) {
            return 300;
        }
        return 150;
    }

    /** Iterations to settle newcomers into an existing picture. */
    static int settleIterations(int nodes) {
        return Math.max(40, freshIterations(nodes) / 3);
    }

    /** A fresh layout of the whole graph; only pinned entities keep their places. */
    public NodePositions relayout(Graph<String, Relationship> graph, Collection<String> alsoPlace,
                                  NodePositions previous, BooleanSupplier cancelled,
                                  java.util.function.DoubleConsumer progress) {
        Map<String, double[]> pins = new HashMap<>();
        for (String id : previous.pinned()) {
            double[] p = previous.get(id);
            if (p != null) {
                pins.put(id, p);
            }
        }
        NodePositions start = new NodePositions(pins, previous.pinned(), previous.unit());
        return layoutFrom(graph, alsoPlace, start, cancelled, progress, true);
    }

    /**
     * Positions for every vertex of the graph and every id in {@code alsoPlace} (entities with
     * no relationship, which the graph may not hold as vertices).
     *
     * @param previous  positions from before (may be empty); kept for entities still present
     * @param cancelled checked between iterations; the positions reached so far are returned
     * @param progress  told the fraction done, 0..1
     */
    public NodePositions layout(Graph<String, Relationship> graph, Collection<String> alsoPlace,
                                NodePositions previous, BooleanSupplier cancelled,
                                java.util.function.DoubleConsumer progress) {
        return layoutFrom(graph, alsoPlace, previous, cancelled, progress, false);
    }

    /** The layout graph over the graph's vertices plus the extra ids (as nodes without edges). */
    private static IndexedLayoutGraph<String> layoutGraph(Graph<String, Relationship> graph,
                                                          Collection<String> alsoPlace) {
        List<String> ids = new ArrayList<>(graph.vertexSet());
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        for (String id : alsoPlace) {
            if (!index.containsKey(id)) {
                index.put(id, ids.size());
                ids.add(id);
            }
        }
        int m = graph.edgeSet().size();
        int[] source = new int[m];
        int[] target = new int[m];
        double[] weight = new double[m];
        int e = 0;
        for (Relationship r : graph.edgeSet()) {
            source[e] = index.get(graph.getEdgeSource(r));
            target[e] = index.get(graph.getEdgeTarget(r));
            weight[e] = Math.max(1, r.evidenceCount());
            e++;
        }
        return new IndexedLayoutGraph<>(LayoutGraph.of(ids.size(), source, target, weight), ids, index);
    }

    private NodePositions layoutFrom(Graph<String, Relationship> graph, Collection<String> alsoPlace,
                                     NodePositions previous, BooleanSupplier cancelled,
                                     java.util.function.DoubleConsumer progress, boolean fresh) {
        IndexedLayoutGraph<String> indexed = layoutGraph(graph, alsoPlace);
        LayoutGraph g = indexed.graph();
        int n = g.nodeCount();
        Positions positions = Positions.random(n, seed);
        boolean[] placed = new boolean[n];
        boolean[] pinned = new boolean[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            String id = indexed.vertex(i);
            double[] p = previous.get(id);
            if (p != null) {
                positions.set(i, p[0], p[1]);
                placed[i] = true;
                known++;
            }
            pinned[i] = previous.isPinned(id);
        }
        if (known > 0 && known < n && !fresh) {
            positions.placeNewNodesNearNeighbours(g, placed, seed);
        }
        if (known > 0 && !fresh) {
            for (int i = 0; i < n; i++) {
                pinned[i] |= placed[i];
            }
        }
        int iterations = fresh ? freshIterations(n) : known == n ? 0 : known > 0 ? settleIterations(n) : freshIterations(n);
        if (iterations > 0 && n > 1) {
            ForceAtlas2Layout layout = new ForceAtlas2Layout(settingsFor(g));
            LayoutListener listener = (done, total, live) -> progress.accept((double) done / total);
            layout.run(g, positions, pinned, iterations, listener, cancelled);
        }
        Map<String, double[]> out = new HashMap<>(previous.size() + n);
        for (int i = 0; i < n; i++) {
            out.put(indexed.vertex(i), new double[] {positions.x(i), positions.y(i)});
        }
        double unit = known > 0 && !fresh ? previous.unit() : medianEdgeLength(g, positions);
        return new NodePositions(out, previous.pinned(), unit);
    }

    /**
     * ForceAtlas2's recommended settings with strong gravity: cables name many entities that
     * link to nothing else, and with ordinary gravity these drift far out, so fitting the
     * picture to the window shrinks the connected core to a blot (measured on the sample data:
     * the full extent was about 3x the central 80 % of nodes; with strong gravity about 1.7x).
     */
    public static ForceAtlas2Settings settingsFor(LayoutGraph g) {
        return ForceAtlas2Settings.recommendedFor(g).withStrongGravity(true);
    }

    /** Median edge length of a layout; 1 when there are no edges. */
    static double medianEdgeLength(LayoutGraph g, Positions p) {
        if (g.edgeCount() == 0) {
            return 1;
        }
        double[] lengths = new double[g.edgeCount()];
        for (int e = 0; e < lengths.length; e++) {
            lengths[e] = Math.hypot(p.x(g.source(e)) - p.x(g.target(e)), p.y(g.source(e)) - p.y(g.target(e)));
        }
        Arrays.sort(lengths);
        return Math.max(1e-6, lengths[lengths.length / 2]);
    }
}
