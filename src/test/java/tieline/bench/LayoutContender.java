package tieline.bench;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutListener;
import tieline.layout.Positions;

/** One layout algorithm in the benchmark: lays out a graph from a seeded random start, timed. */
interface LayoutContender {

    /** Name shown in the table. */
    String name();

    /** Lays out {@code graph} with {@code iterations} iterations; returns the positions and the time spent. */
    Timed layout(LayoutGraph graph, int iterations, long seed);

    /**
     * Positions, the wall-clock nanoseconds the layout itself took (graph conversion excluded) and the
     * CPU nanoseconds the calling thread spent in it (the whole layout for single-threaded ones).
     */
    record Timed(Positions positions, long nanos, long cpuNanos) { }

    /** CPU time of the current thread in nanoseconds. */
    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Tieline's ForceAtlas2 with the given settings, starting from {@link Positions#random(int, long)}. */
    static LayoutContender forceAtlas2(String name, ForceAtlas2Settings settings) {
        return new LayoutContender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Timed layout(LayoutGraph graph, int iterations, long seed) {
                Positions positions = Positions.random(graph.nodeCount(), seed);
                ForceAtlas2Layout layout = new ForceAtlas2Layout(settings);
                long cpu = threadCpuNanos();
                long start = System.nanoTime();
                layout.run(graph, positions, iterations, LayoutListener.NONE, () -> false);
                return new Timed(positions, System.nanoTime() - start, threadCpuNanos() - cpu);
            }
        };
    }

    /** JGraphT's Fruchterman-Reingold (exact repulsion). */
    static LayoutContender jgraphtFr() {
        return jgraphT("JGraphT FR", (iterations, seed) ->
                new FRLayoutAlgorithm2D<>(iterations, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(seed)));
    }

    /** JGraphT's Fruchterman-Reingold with Barnes-Hut repulsion (its default theta). */
    static LayoutContender jgraphtIndexedFr() {
        return jgraphT("JGraphT IndexedFR", (iterations, seed) -> new IndexedFRLayoutAlgorithm2D<>(iterations,
                IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(seed)));
    }

    /** Makes a JGraphT layout algorithm for an iteration count and seed. */
    @FunctionalInterface
    interface JGraphTAlgorithm {
        LayoutAlgorithm2D<Integer, DefaultEdge> create(int iterations, long seed);
    }

    private static LayoutContender jgraphT(String name, JGraphTAlgorithm algorithm) {
        return new LayoutContender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Timed layout(LayoutGraph graph, int iterations, long seed) {
                Graph<Integer, DefaultEdge> jgraph = new Pseudograph<>(DefaultEdge.class);
                for (int i = 0; i < graph.nodeCount(); i++) {
                    jgraph.addVertex(i);
                }
                for (int e = 0; e < graph.edgeCount(); e++) {
                    jgraph.addEdge(graph.source(e), graph.target(e));
                }
                double side = Positions.DEFAULT_SPREAD * Math.sqrt(Math.max(1, graph.nodeCount()));
                LayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(side, side));
                LayoutAlgorithm2D<Integer, DefaultEdge> layout = algorithm.create(iterations, seed);
                long cpu = threadCpuNanos();
                long start = System.nanoTime();
                layout.layout(jgraph, model);
                long nanos = System.nanoTime() - start;
                long cpuNanos = threadCpuNanos() - cpu;
                Positions positions = new Positions(graph.nodeCount());
                for (int i = 0; i < graph.nodeCount(); i++) {
                    Point2D point = model.get(i);
                    positions.set(i, point.getX(), point.getY());
                }
                return new Timed(positions, nanos, cpuNanos);
            }
        };
    }
}
