package tieline.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * Mutable node coordinates: node {@code i} is at ({@code x()[i]}, {@code y()[i]}) in layout units,
 * centred on the origin (ForceAtlas2's gravity pulls towards it).
 *
 * <p>Not thread-safe: a layout running on a worker thread writes into its {@code Positions}; a view
 * should paint from a {@link #copy()} or a buffer filled with {@link #copyFrom(Positions)}.
 */
public final class Positions {

    /** Side of the random start square per square root of the node count. */
    public static final double DEFAULT_SPREAD = 10.0;

    private final double[] x;
    private final double[] y;

    /** {@code nodeCount} nodes, all at the origin. */
    public Positions(int nodeCount) {
        this(new double[nodeCount], new double[nodeCount]);
    }

    private Positions(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** Positions built from coordinate arrays (copied). */
    public static Positions of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " coordinates but y has " + y.length);
        }
        return new Positions(x.clone(), y.clone());
    }

    /**
     * Uniformly random positions in a square centred on the origin with side
     * {@code DEFAULT_SPREAD * sqrt(nodeCount)}; the same seed gives the same positions.
     */
    public static Positions random(int nodeCount, long seed) {
        return random(nodeCount, DEFAULT_SPREAD * Math.sqrt(Math.max(1, nodeCount)), seed);
    }

    /** Uniformly random positions in a square of the given side centred on the origin. */
    public static Positions random(int nodeCount, double side, long seed) {
        Random random = new Random(seed);
        Positions p = new Positions(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            p.x[i] = (random.nextDouble() - 0.5) * side;
            p.y[i] = (random.nextDouble() - 0.5) * side;
        }
        return p;
    }

    /** Number of nodes. */
    public int size() {
        return x.length;
    }

    /** X coordinate of {@code node}. */
    public double x(int node) {
        return x[node];
    }

    /** Y coordinate of {@code node}. */
    public double y(int node) {
        return y[node];
    }

    /** Moves {@code node} to ({@code x}, {@code y}). */
    public void set(int node, double x, double y) {
        this.x[node] = x;
        this.y[node] = y;
    }

    /** The live x array (writes move nodes); for fast drawing loops. */
    public double[] x() {
        return x;
    }

    /** The live y array (writes move nodes); for fast drawing loops. */
    public double[] y() {
        return y;
    }

    /** An independent copy. */
    public Positions copy() {
        return new Positions(x.clone(), y.clone());
    }

    /** Overwrites these coordinates with {@code other}'s, which must have the same size. */
    public void copyFrom(Positions other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("cannot copy " + other.size() + " positions into " + size());
        }
        System.arraycopy(other.x, 0, x, 0, x.length);
        System.arraycopy(other.y, 0, y, 0, y.length);
    }

    /**
     * Gives every node not yet {@code placed} a position near its placed neighbours, so that a graph
     * which gained nodes (a filter was widened) keeps its picture and the layout only has to settle the
     * newcomers. Placed nodes are not moved; {@code placed} is not modified.
     *
     * <p>Works outward in waves: a node with placed neighbours goes to their centroid, offset by a
     * random fraction of the typical edge length (the median length of edges between placed nodes) so
     * that it does not sit exactly on them; the nodes placed in one wave count as placed for the next.
     * A component with no placed node at all is started at a random point inside the bounding box of
     * the placed nodes widened by one edge length (or the {@link #random(int, long)} square if none is
     * placed) and grows from there.
     *
     * @param seed seeds the offsets; the same inputs and seed give the same positions
     * @throws IllegalArgumentException if the graph, the flags and these positions differ in size
     */
    public void placeNewNodesNearNeighbours(LayoutGraph graph, boolean[] placed, long seed) {
        int n = size();
        if (graph.nodeCount() != n || placed.length != n) {
            throw new IllegalArgumentException("graph has " + graph.nodeCount() + " nodes, placed flags "
                    + placed.length + ", positions " + n);
        }
        boolean[] done = placed.clone();
        Random random = new Random(seed);
        double edgeLength = typicalEdgeLength(graph, done);
        double[] box = boundingBox(done, 0.5 * DEFAULT_SPREAD * Math.sqrt(Math.max(1, n)));
        box[0] -= edgeLength;
        box[1] -= edgeLength;
        box[2] += edgeLength;
        box[3] += edgeLength;

        int[] wave = new int[n];
        double[] newX = new double[n];
        double[] newY = new double[n];
        int remaining = 0;
        for (boolean d : done) {
            remaining += d ? 0 : 1;
        }
        while (remaining > 0) {
            int waveSize = 0;
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                int count = 0;
                for (int k = graph.adjacencyStart[i]; k < graph.adjacencyStart[i + 1]; k++) {
                    int j = graph.adjacency[k];
                    if (done[j]) {
                        sx += x[j];
                        sy += y[j];
                        count++;
                    }
                }
                if (count > 0) {
                    // One neighbour: a full edge length away; several: near their centroid.
                    double radius = count == 1 ? edgeLength : 0.25 * edgeLength;
                    double angle = random.nextDouble() * 2 * Math.PI;
                    double r = radius * (count == 1 ? 1.0 : random.nextDouble());
                    newX[waveSize] = sx / count + r * Math.cos(angle);
                    newY[waveSize] = sy / count + r * Math.sin(angle);
                    wave[waveSize++] = i;
                }
            }
            if (waveSize == 0) {
                int start = firstUnplaced(done);
                x[start] = box[0] + random.nextDouble() * (box[2] - box[0]);
                y[start] = box[1] + random.nextDouble() * (box[3] - box[1]);
                done[start] = true;
                remaining--;
                continue;
            }
            for (int k = 0; k < waveSize; k++) {
                x[wave[k]] = newX[k];
                y[wave[k]] = newY[k];
                done[wave[k]] = true;
            }
            remaining -= waveSize;
        }
    }

    private static int firstUnplaced(boolean[] done) {
        for (int i = 0; i < done.length; i++) {
            if (!done[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no unplaced node left");
    }

    private double typicalEdgeLength(LayoutGraph graph, boolean[] done) {
        double[] lengths = new double[graph.edgeCount()];
        int count = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.source[e];
            int b = graph.target[e];
            if (done[a] && done[b]) {
                double length = Math.hypot(x[a] - x[b], y[a] - y[b]);
                if (length > 0) {
                    lengths[count++] = length;
                }
            }
        }
        if (count > 0) {
            Arrays.sort(lengths, 0, count);
            return lengths[count / 2];
        }
        double[] box = boundingBox(done, 0);
        int placedCount = 0;
        for (boolean d : done) {
            placedCount += d ? 1 : 0;
        }
        double diagonal = Math.hypot(box[2] - box[0], box[3] - box[1]);
        return placedCount >= 2 && diagonal > 0 ? diagonal / Math.sqrt(placedCount) : DEFAULT_SPREAD;
    }

    /** minX, minY, maxX, maxY of the placed nodes, or a square of side {@code 2*margin} around the origin. */
    private double[] boundingBox(boolean[] done, double margin) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < done.length; i++) {
            if (done[i]) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
        }
        if (minX > maxX) {
            return new double[] {-margin, -margin, margin, margin};
        }
        return new double[] {minX, minY, maxX, maxY};
    }
}
