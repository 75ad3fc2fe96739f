package tieline.briefing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutListener;
import tieline.layout.Positions;

/**
 * Positions for the entities of a network picture: the view's own positions where it has
 * them, and a seeded ForceAtlas2 layout for the rest (with the known ones pinned), so the CLI
 * and a view without a layout yet get a stable, readable arrangement.
 */
final class SceneLayout {

    private static final int SMALL_GRAPH_ITERATIONS = 400;
    private static final int LARGE_GRAPH_ITERATIONS = 150;
    private static final int LARGE_GRAPH = 2000;

    private SceneLayout() {
    }

    /**
     * @param ids     the entity ids to place
     * @param edges   pairs of indices into {@code ids}, with a weight each
     * @param given   positions the view already has (may miss some ids)
     * @param seed    seed for the random start of unplaced entities
     */
    static Map<String, LayoutPoint> place(List<String> ids, int[] source, int[] target, double[] weight,
                                         Map<String, LayoutPoint> given, long seed) {
        Map<String, LayoutPoint> out = new HashMap<>();
        boolean complete = ids.stream().allMatch(given::containsKey);
        if (complete) {
            ids.forEach(id -> out.put(id, given.get(id)));
            return out;
        }
        int n = ids.size();
        LayoutGraph graph = LayoutGraph.of(n, source, target, weight);
        Positions positions = Positions.random(n, seed);
        boolean[] pinned = new boolean[n];
        for (int i = 0; i < n; i++) {
            LayoutPoint p = given.get(ids.get(i));
            if (p != null) {
                positions.set(i, p.x(), p.y());
                pinned[i] = true;
            }
        }
        ForceAtlas2Settings settings = ForceAtlas2Settings.recommendedFor(graph).withLinLogMode(false);
        int iterations = n > LARGE_GRAPH ? LARGE_GRAPH_ITERATIONS : SMALL_GRAPH_ITERATIONS;
        new ForceAtlas2Layout(settings).run(graph, positions, pinned, iterations, LayoutListener.NONE, () -> false);
        for (int i = 0; i < n; i++) {
            out.put(ids.get(i), new LayoutPoint(positions.x(i), positions.y(i)));
        }
        return out;
    }
}
