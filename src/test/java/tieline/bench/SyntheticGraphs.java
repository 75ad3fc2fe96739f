package tieline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.ui.graph.GraphScene;

/**
 * Seeded scale-free graphs (preferential attachment) for the render benchmark, with
 * positions placed near the node each newcomer attaches to, so edges are mostly short as in a
 * laid-out graph.
 */
final class SyntheticGraphs {

    private SyntheticGraphs() {
    }

    static GraphScene scaleFree(int nodes, int edgesPerNode, long seed) {
        Random random = new Random(seed);
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        int[] degree = new int[nodes];
        List<Integer> ends = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();
        int core = edgesPerNode + 1;
        for (int i = 0; i < nodes; i++) {
            if (i < core) {
                double a = 2 * Math.PI * i / core;
                x[i] = 100 * Math.cos(a);
                y[i] = 100 * Math.sin(a);
                for (int j = 0; j < i; j++) {
                    edges.add(new int[] {i, j});
                    ends.add(i);
                    ends.add(j);
                }
                continue;
            }
            java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < edgesPerNode) {
                chosen.add(ends.get(random.nextInt(ends.size())));
            }
            int anchor = chosen.iterator().next();
            double spread = 60 + 1500 / Math.sqrt(1 + degree[anchor]);
            double a = random.nextDouble() * 2 * Math.PI;
            double r = spread * (0.3 + random.nextDouble());
            x[i] = x[anchor] + r * Math.cos(a);
            y[i] = y[anchor] + r * Math.sin(a);
            for (int j : chosen) {
                edges.add(new int[] {i, j});
                ends.add(i);
                ends.add(j);
                degree[i]++;
                degree[j]++;
            }
        }
        int maxDegree = 1;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        EntityType[] types = EntityType.values();
        RelationType[] relations = RelationType.values();
        GraphScene.Builder b = GraphScene.builder();
        for (int i = 0; i < nodes; i++) {
            b.node("n" + i, "Entity " + i, types[random.nextInt(types.length)],
                    Math.log1p(degree[i]) / Math.log1p(maxDegree), x[i], y[i]);
        }
        int k = 0;
        for (int[] e : edges) {
            b.edge("e" + k++, "n" + e[0], "n" + e[1], relations[random.nextInt(relations.length)],
                    1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2));
        }
        return b.build();
    }
}
