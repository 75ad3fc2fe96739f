package tieline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ForceAtlas2 layout in progress, advanced an iteration at a time with {@link #step()} so that a
 * view can animate it. Moves the nodes of the {@link Positions} it was started with, in place; pinned
 * nodes never move (they still push and pull the others).
 *
 * <p>Each iteration: repulsion between every pair of nodes ({@code scalingRatio * m_i * m_j / d},
 * mass = degree + 1; Barnes-Hut approximated if enabled), gravity towards the origin, attraction along
 * the edges (linear or, in LinLog mode, logarithmic, times {@code weight ^ edgeWeightInfluence} and
 * {@code (m_a * m_b) ^ attractionMassExponent}), then every free node moves along its force by the
 * adaptive global speed, damped by its own swinging.
 *
 * <p>Confine a session to one thread (the caller's; with {@code threads > 1} it also uses its own
 * worker threads internally). The result depends only on the graph, the start positions, the pinned
 * nodes and the settings, never on the thread count. Close it to release the worker threads.
 */
public final class ForceAtlas2Session implements AutoCloseable {

    private final LayoutGraph graph;
    private final Positions positions;
    private final ForceAtlas2Settings settings;
    private final boolean[] pinned;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] mass;
    private double[] dx;
    private double[] dy;
    private double[] oldDx;
    private double[] oldDy;
    private final double[] edgeStrength;
    private final Repulsion repulsion;
    private final BarnesHutTree tree;
    private final AdaptiveSpeed speed;
    private final double attractionCoefficient;
    private final ExecutorService workers;
    private final List<NodeForceChunk> chunks = new ArrayList<>();
    private int iterations;
    private double meanDisplacement = Double.NaN;

    ForceAtlas2Session(ForceAtlas2Settings settings, LayoutGraph graph, Positions positions, boolean[] pinned) {
        if (positions.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("graph has " + graph.nodeCount() + " nodes but positions have "
                    + positions.size());
        }
        if (pinned != null && pinned.length != graph.nodeCount()) {
            throw new IllegalArgumentException("graph has " + graph.nodeCount() + " nodes but " + pinned.length
                    + " pinned flags were given");
        }
        for (int i = 0; i < positions.size(); i++) {
            if (!Double.isFinite(positions.x(i)) || !Double.isFinite(positions.y(i))) {
                throw new IllegalArgumentException("node " + i + " has no finite position: (" + positions.x(i)
                        + ", " + positions.y(i) + ")");
            }
        }
        this.settings = settings;
        this.graph = graph;
        this.positions = positions;
        this.n = graph.nodeCount();
        this.pinned = pinned == null ? new boolean[n] : pinned.clone();
        this.x = positions.x();
        this.y = positions.y();
        this.mass = graph.mass;
        this.dx = new double[n];
        this.dy = new double[n];
        this.oldDx = new double[n];
        this.oldDy = new double[n];
        this.edgeStrength = new double[graph.edgeCount()];
        for (int e = 0; e < edgeStrength.length; e++) {
            double w = graph.weight[e];
            double strength = settings.edgeWeightInfluence() == 0 ? 1.0
                    : settings.edgeWeightInfluence() == 1 ? w : Math.pow(w, settings.edgeWeightInfluence());
            if (settings.attractionMassExponent() != 0) {
                double masses = mass[graph.source[e]] * mass[graph.target[e]];
                strength *= Math.pow(masses, settings.attractionMassExponent());
            }
            edgeStrength[e] = strength;
        }
        this.repulsion = new Repulsion(settings.scalingRatio(), mass, graph.size, settings.preventOverlap());
        this.tree = settings.barnesHut() ? new BarnesHutTree() : null;
        this.speed = new AdaptiveSpeed(settings.jitterTolerance());
        double meanMass = 0;
        for (int i = 0; i < n; i++) {
            meanMass += mass[i];
        }
        this.attractionCoefficient = settings.outboundAttractionDistribution() && n > 0 ? meanMass / n : 1.0;
        int threads = Math.min(settings.threads(), Math.max(1, n / 256));
        int chunkCount = threads == 1 ? 1 : threads * 4;
        for (int c = 0; c < chunkCount; c++) {
            chunks.add(new NodeForceChunk((int) ((long) n * c / chunkCount), (int) ((long) n * (c + 1) / chunkCount)));
        }
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "forceatlas2-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs one iteration: computes all forces and moves the free nodes. */
    public void step() {
        double[] swapX = oldDx;
        oldDx = dx;
        dx = swapX;
        double[] swapY = oldDy;
        oldDy = dy;
        dy = swapY;
        Arrays.fill(dx, 0, n, 0.0);
        Arrays.fill(dy, 0, n, 0.0);
        if (tree != null) {
            tree.build(x, y, mass, n);
        }
        computeNodeForces();
        addAttraction();
        moveNodes();
        iterations++;
    }

    private void computeNodeForces() {
        if (workers == null) {
            chunks.get(0).call();
            return;
        }
        try {
            for (Future<Void> f : workers.invokeAll(chunks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("layout worker failed", e.getCause());
        }
    }

    /** Repulsion and gravity for a contiguous range of nodes; each writes only its own nodes' forces. */
    private final class NodeForceChunk implements Callable<Void> {
        private final int from;
        private final int to;
        private final int[] stack = new int[BarnesHutTree.STACK_SIZE];

        NodeForceChunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Void call() {
            double theta = settings.barnesHutTheta();
            double gravity = settings.gravity();
            boolean strong = settings.strongGravity();
            for (int i = from; i < to; i++) {
                if (tree != null) {
                    tree.addRepulsion(i, x, y, repulsion, theta, dx, dy, stack);
                } else {
                    repulsion.addExact(i, x, y, n, dx, dy);
                }
                if (strong) {
                    double factor = mass[i] * gravity;
                    dx[i] -= x[i] * factor;
                    dy[i] -= y[i] * factor;
                } else {
                    double d = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
                    if (d > 0) {
                        double factor = mass[i] * gravity / d;
                        dx[i] -= x[i] * factor;
                        dy[i] -= y[i] * factor;
                    }
                }
            }
            return null;
        }
    }

    private void addAttraction() {
        boolean linLog = settings.linLogMode();
        boolean overlap = settings.preventOverlap();
        boolean distributed = settings.outboundAttractionDistribution();
        int[] source = graph.source;
        int[] target = graph.target;
        double[] size = graph.size;
        for (int e = 0; e < edgeStrength.length; e++) {
            int a = source[e];
            int b = target[e];
            double ex = x[a] - x[b];
            double ey = y[a] - y[b];
            double factor = -attractionCoefficient * edgeStrength[e];
            if (linLog || overlap) {
                double d = Math.sqrt(ex * ex + ey * ey);
                if (overlap) {
                    d -= size[a] + size[b];
                }
                if (!(d > 0)) {
                    continue;
                }
                if (linLog) {
                    factor *= Math.log1p(d) / d;
                }
            }
            if (distributed) {
                dx[a] += ex * factor / mass[a];
                dy[a] += ey * factor / mass[a];
                dx[b] -= ex * factor / mass[b];
                dy[b] -= ey * factor / mass[b];
            } else {
                dx[a] += ex * factor;
                dy[a] += ey * factor;
                dx[b] -= ex * factor;
                dy[b] -= ey * factor;
            }
        }
    }

    private void moveNodes() {
        double totalSwinging = 0;
        double totalTraction = 0;
        for (int i = 0; i < n; i++) {
            if (!pinned[i]) {
                double sx = oldDx[i] - dx[i];
                double sy = oldDy[i] - dy[i];
                double tx = oldDx[i] + dx[i];
                double ty = oldDy[i] + dy[i];
                totalSwinging += mass[i] * Math.sqrt(sx * sx + sy * sy);
                totalTraction += mass[i] * 0.5 * Math.sqrt(tx * tx + ty * ty);
            }
        }
        double globalSpeed = speed.update(totalSwinging, totalTraction, n);
        boolean overlap = settings.preventOverlap();
        double moved = 0;
        int free = 0;
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            double sx = oldDx[i] - dx[i];
            double sy = oldDy[i] - dy[i];
            double swinging = mass[i] * Math.sqrt(sx * sx + sy * sy);
            double factor;
            if (overlap) {
                factor = 0.1 * globalSpeed / (1 + Math.sqrt(globalSpeed * swinging));
                double force = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                factor = force > 0 ? Math.min(factor * force, 10.0) / force : 0;
            } else {
                factor = globalSpeed / (1 + Math.sqrt(globalSpeed * swinging));
            }
            double mx = dx[i] * factor;
            double my = dy[i] * factor;
            x[i] += mx;
            y[i] += my;
            moved += Math.sqrt(mx * mx + my * my);
            free++;
        }
        meanDisplacement = free == 0 ? 0 : moved / free;
    }

    /** Pins or releases {@code node}; a pinned node keeps its position (move it with {@link Positions#set}). */
    public void setPinned(int node, boolean pin) {
        pinned[node] = pin;
    }

    /** Whether {@code node} is pinned. */
    public boolean isPinned(int node) {
        return pinned[node];
    }

    /** The positions this session moves (live, not a copy). */
    public Positions positions() {
        return positions;
    }

    /** The graph being laid out. */
    public LayoutGraph graph() {
        return graph;
    }

    /** Iterations run so far. */
    public int iterations() {
        return iterations;
    }

    /** The adaptive global speed after the last iteration. */
    public double globalSpeed() {
        return speed.speed();
    }

    /**
     * Mean distance a free node moved in the last iteration (NaN before the first); a view can stop
     * animating when it falls below a fraction of a pixel.
     */
    public double meanDisplacement() {
        return meanDisplacement;
    }

    /** Stops the worker threads, if any. The session must not be stepped afterwards. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
