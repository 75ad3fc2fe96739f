package tieline.bench;

import java.util.Random;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutListener;
import tieline.layout.Positions;
import tieline.layout.ScaleFreeGraphs;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.graph.GraphScene;

/**
 * Scenes for the render benchmark: a seeded scale-free graph ({@link ScaleFreeGraphs}) laid out
 * with the app's ForceAtlas2 settings, so edge lengths and hub crowding are those of a real
 * picture; node importance from degree, seeded entity and relation types and evidence counts.
 */
final class SyntheticGraphs {

    private SyntheticGraphs() {
    }

    static GraphScene laidOutScaleFree(int nodes, int edgesPerNode, int iterations, long seed) {
        LayoutGraph g = ScaleFreeGraphs.generate(nodes, edgesPerNode, seed);
        Positions p = Positions.random(g.nodeCount(), seed);
        new ForceAtlas2Layout(GraphLayouter.settingsFor(g)).run(g, p, iterations, LayoutListener.NONE, () -> false);
        return scene(g, p, seed);
    }

    /** The scene the canvas would draw for a laid-out graph, sized as the app sizes it. */
    static GraphScene scene(LayoutGraph g, Positions p, long seed) {
        double[] lengths = new double[g.edgeCount()];
        for (int e = 0; e < lengths.length; e++) {
            lengths[e] = Math.hypot(p.x(g.source(e)) - p.x(g.target(e)), p.y(g.source(e)) - p.y(g.target(e)));
        }
        java.util.Arrays.sort(lengths);
        double unit = lengths.length == 0 ? 1 : lengths[lengths.length / 2];
        int maxDegree = 1;
        for (int i = 0; i < g.nodeCount(); i++) {
            maxDegree = Math.max(maxDegree, g.degree(i));
        }
        Random random = new Random(seed);
        EntityType[] types = EntityType.values();
        RelationType[] relations = RelationType.values();
        GraphScene.Builder b = GraphScene.builder().sizeUnit(unit / 90).maxNodeArea(0.08);
        for (int i = 0; i < g.nodeCount(); i++) {
            b.node("n" + i, "Entity " + i, types[random.nextInt(types.length)],
                    Math.log1p(g.degree(i)) / Math.log1p(maxDegree), p.x(i), p.y(i));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            b.edge("e" + e, "n" + g.source(e), "n" + g.target(e), relations[random.nextInt(relations.length)],
                    1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.5));
        }
        return b.build();
    }
}
