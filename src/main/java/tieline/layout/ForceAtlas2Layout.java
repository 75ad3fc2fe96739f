package tieline.layout;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * ForceAtlas2 force-directed layout (Jacomy, Venturini, Heymann, Bastian 2014, as implemented in
 * Gephi): degree-weighted repulsion with an optional Barnes-Hut quadtree, attraction along weighted
 * edges, gravity towards the origin and an adaptive global speed. {@link ForceAtlas2Settings#gephi()}
 * reproduces Gephi's forces; Tieline's {@link ForceAtlas2Settings#defaults()} also strengthen the
 * attraction along edges at hubs, which draws graph distances more faithfully. Run it off the UI thread.
 *
 * <pre>{@code
 * IndexedLayoutGraph<String> g = LayoutGraph.fromGraph(relationshipGraph, rel -> rel.evidenceCount());
 * Positions p = Positions.random(g.graph().nodeCount(), seed);
 * new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(g.graph()))
 *         .run(g.graph(), p, 300, LayoutListener.NONE, task::isCancelled);
 * }</pre>
 *
 * For animation use {@link #start} and call {@link ForceAtlas2Session#step()} per frame. The same
 * graph, start positions, pinned nodes and settings always give the same result.
 */
public final class ForceAtlas2Layout {

    private final ForceAtlas2Settings settings;

    /** A layout with the given settings. */
    public ForceAtlas2Layout(ForceAtlas2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings of this layout. */
    public ForceAtlas2Settings settings() {
        return settings;
    }

    /**
     * Starts a step-by-step layout that moves {@code positions} in place.
     *
     * @param pinned nodes that must not move (copied; may be null for none)
     * @throws IllegalArgumentException if sizes differ or a position is not finite
     */
    public ForceAtlas2Session start(LayoutGraph graph, Positions positions, boolean[] pinned) {
        return new ForceAtlas2Session(settings, graph, positions, pinned);
    }

    /** Runs {@code iterations} iterations on {@code positions} in place, with no node pinned. */
    public LayoutOutcome run(LayoutGraph graph, Positions positions, int iterations, LayoutListener listener,
            BooleanSupplier cancelled) {
        return run(graph, positions, null, iterations, listener, cancelled);
    }

    /**
     * Runs up to {@code iterations} iterations on {@code positions} in place. {@code cancelled} is
     * checked before every iteration; the positions are left as they were after the last complete one.
     *
     * @param pinned nodes that must not move (may be null for none)
     * @param listener told after each iteration
     * @return how many iterations ran and whether the run was cancelled
     */
    public LayoutOutcome run(LayoutGraph graph, Positions positions, boolean[] pinned, int iterations,
            LayoutListener listener, BooleanSupplier cancelled) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must not be negative: " + iterations);
        }
        try (ForceAtlas2Session session = start(graph, positions, pinned)) {
            for (int i = 0; i < iterations; i++) {
                if (cancelled.getAsBoolean()) {
                    return new LayoutOutcome(i, true);
                }
                session.step();
                listener.iterationDone(i + 1, iterations, positions);
            }
            return new LayoutOutcome(iterations, false);
        }
    }

    /** Lays out {@code graph} from {@link Positions#random(int, long)} for {@code iterations} iterations. */
    public Positions layout(LayoutGraph graph, int iterations, long seed) {
        Positions positions = Positions.random(graph.nodeCount(), seed);
        run(graph, positions, iterations, LayoutListener.NONE, () -> false);
        return positions;
    }
}
