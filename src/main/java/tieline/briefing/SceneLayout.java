package tieline.briefing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutListener;
import tieline.layout.Positions;

/**
 * Positions for the entities of a network picture.
 * <ul>
 *   <li>The view has a position for every entity: they are used as they are (the picture shows
 *       the officer's arrangement).</li>
 *   <li>It has some: the others are laid out around them (seeded ForceAtlas2, known ones pinned).</li>
 *   <li>It has none (the command line): each connected group is laid out on its own with a seeded
 *       ForceAtlas2, brought to a common scale, turned so its longest direction runs along the
 *       page, and the groups are packed in rows, largest first. Laid out together, a small
 *       separate pair drifts far from the rest and squeezes the main group into a corner. Strong
 *       gravity keeps a group round rather than stretched along its bridges, which measured best
 *       on the sample cables (nearly every label fits).</li>
 * </ul>
 */
final class SceneLayout {

    private static final int SMALL_GRAPH_ITERATIONS = 400;
    private static final int LARGE_GRAPH_ITERATIONS = 150;
    private static final int LARGE_GRAPH = 2000;
    private static final double PAGE_ASPECT = 1.5;

    private SceneLayout() {
    }

    /**
     * @param ids    the entity ids to place
     * @param source one end of each edge, as an index into {@code ids}
     * @param target the other end of each edge
     * @param weight the weight of each edge
     * @param given  positions the view already has (may miss some ids)
     * @param seed   seed for the random start of unplaced entities
     */
    static Map<String, LayoutPoint> place(List<String> ids, int[] source, int[] target, double[] weight,
                                         Map<String, LayoutPoint> given, long seed) {
        Map<String, LayoutPoint> out = new HashMap<>();
        if (ids.stream().allMatch(given::containsKey)) {
            ids.forEach(id -> out.put(id, given.get(id)));
            return out;
        }
        double[] x = new double[ids.size()];
        double[] y = new double[ids.size()];
        if (ids.stream().anyMatch(given::containsKey)) {
            int[] all = new int[ids.size()];
            Arrays.setAll(all, i -> i);
            layOut(all, ids, source, target, weight, given, seed, x, y);
        } else {
            List<int[]> components = components(ids.size(), source, target);
            for (int[] nodes : components) {
                layOut(nodes, ids, source, target, weight, given, seed, x, y);
            }
            pack(components, x, y);
        }
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), new LayoutPoint(x[i], y[i]));
        }
        return out;
    }

    /** Connected groups of node indices, largest first (ties by smallest index). */
    static List<int[]> components(int n, int[] source, int[] target) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < source.length; e++) {
            int a = root(parent, source[e]);
            int b = root(parent, target[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        groups.values().forEach(g -> out.add(g.stream().mapToInt(Integer::intValue).toArray()));
        out.sort(Comparator.comparingInt((int[] g) -> -g.length).thenComparingInt(g -> g[0]));
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Lays out one group. Without pinned nodes it is scaled so its median edge is one unit long
     * and turned along its longest direction; with pinned nodes the view's coordinates are kept.
     */
    private static void layOut(int[] nodes, List<String> ids, int[] source, int[] target, double[] weight,
                               Map<String, LayoutPoint> given, long seed, double[] x, double[] y) {
        int n = nodes.length;
        if (n == 1) {
            return;
        }
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < n; i++) {
            local.put(nodes[i], i);
        }
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int e = 0; e < source.length; e++) {
            Integer a = local.get(source[e]);
            if (a != null) {
                edges.add(new int[] {a, local.get(target[e])});
                weights.add(weight[e]);
            }
        }
        int[] s = edges.stream().mapToInt(p -> p[0]).toArray();
        int[] t = edges.stream().mapToInt(p -> p[1]).toArray();
        LayoutGraph graph = LayoutGraph.of(n, s, t, weights.stream().mapToDouble(Double::doubleValue).toArray());
        Positions positions = Positions.random(n, seed + nodes[0]);
        boolean[] pinned = new boolean[n];
        for (int i = 0; i < n; i++) {
            LayoutPoint p = given.get(ids.get(nodes[i]));
            if (p != null) {
                positions.set(i, p.x(), p.y());
                pinned[i] = true;
            }
        }
        ForceAtlas2Settings settings = ForceAtlas2Settings.recommendedFor(graph).withStrongGravity(true);
        int iterations = n > LARGE_GRAPH ? LARGE_GRAPH_ITERATIONS : SMALL_GRAPH_ITERATIONS;
        new ForceAtlas2Layout(settings).run(graph, positions, pinned, iterations, LayoutListener.NONE, () -> false);
        if (pinnedAny(pinned)) {
            for (int i = 0; i < n; i++) {
                x[nodes[i]] = positions.x(i);
                y[nodes[i]] = positions.y(i);
            }
            return;
        }
        double[] lengths = new double[s.length];
        for (int e = 0; e < s.length; e++) {
            lengths[e] = Math.hypot(positions.x(s[e]) - positions.x(t[e]), positions.y(s[e]) - positions.y(t[e]));
        }
        Arrays.sort(lengths);
        double median = lengths.length == 0 ? 1 : Math.max(1e-9, lengths[lengths.length / 2]);
        double angle = majorAxisAngle(positions);
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        for (int i = 0; i < n; i++) {
            double px = positions.x(i) / median;
            double py = positions.y(i) / median;
            x[nodes[i]] = px * cos - py * sin;
            y[nodes[i]] = px * sin + py * cos;
        }
    }

    private static boolean pinnedAny(boolean[] pinned) {
        for (boolean p : pinned) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    /**
     * The direction in which the group is longest (principal axis): the group is turned so that
     * it lies along the page's long side.
     */
    private static double majorAxisAngle(Positions p) {
        int n = p.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += p.x(i);
            my += p.y(i);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = p.x(i) - mx;
            double dy = p.y(i) - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return 0.5 * Math.atan2(2 * sxy, sxx - syy);
    }

    /** Packs the groups in rows about as wide as a landscape page is wide relative to the total area. */
    private static void pack(List<int[]> components, double[] x, double[] y) {
        double gap = 1.5;
        double totalArea = 0;
        List<double[]> boxes = new ArrayList<>();
        for (int[] nodes : components) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i : nodes) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            boxes.add(new double[] {minX, minY, maxX - minX, maxY - minY});
            totalArea += (maxX - minX + gap) * (maxY - minY + gap);
        }
        double rowWidth = Math.max(boxes.isEmpty() ? 0 : boxes.get(0)[2], Math.sqrt(totalArea * PAGE_ASPECT));
        double cursorX = 0;
        double cursorY = 0;
        double rowHeight = 0;
        for (int c = 0; c < components.size(); c++) {
            double[] box = boxes.get(c);
            if (cursorX > 0 && cursorX + box[2] > rowWidth) {
                cursorX = 0;
                cursorY += rowHeight + gap;
                rowHeight = 0;
            }
            for (int i : components.get(c)) {
                x[i] = x[i] - box[0] + cursorX;
                y[i] = y[i] - box[1] + cursorY;
            }
            cursorX += box[2] + gap;
            rowHeight = Math.max(rowHeight, box[3]);
        }
    }
}
