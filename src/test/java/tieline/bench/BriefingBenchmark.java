package tieline.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tieline.Corpus;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingOptions;
import tieline.briefing.BriefingScene;
import tieline.briefing.BriefingSceneBuilder;
import tieline.briefing.Legend;
import tieline.briefing.SceneEdge;
import tieline.briefing.SceneNode;
import tieline.briefing.SecurityMarking;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.RelationshipGraph;
import tieline.layout.ForceAtlas2Layout;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.LayoutGraph;
import tieline.layout.Positions;
import tieline.layout.ScaleFreeGraphs;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.render.BriefingFormat;
import tieline.render.BriefingOutput;

/**
 * How long a briefing export takes: building the scene (with the seeded layout) from the
 * sample cables and from the shared corpus, and painting and writing each format, also for
 * synthetic networks of 1,000 and 3,000 nodes. Median of 3 runs after one warm-up.
 * {@code ./tieline bench BriefingBenchmark}
 */
public final class BriefingBenchmark {

    private static final int RUNS = 3;

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%-28s %7s %7s %-6s %10s %12s%n", "scene", "nodes", "edges", "step", "median ms",
                "bytes");
        List<Object[]> scenes = new ArrayList<>();
        scenes.add(new Object[] {"sample-data network", graphOf(List.of(Corpus.sampleData())), null});
        if (Corpus.root().isPresent()) {
            Path root = Corpus.root().get();
            try {
                RelationshipGraph corpus = graphOf(List.of(root.resolve("seeds"), root.resolve("baku"),
                        root.resolve("other")));
                scenes.add(new Object[] {"corpus network at U", corpus, Classification.UNCLASSIFIED});
                scenes.add(new Object[] {"corpus network at C", corpus, Classification.CONFIDENTIAL});
            } catch (RuntimeException e) {
                System.out.println("corpus: extraction failed (" + e + "); corpus rows skipped");
            }
        }
        for (Object[] s : scenes) {
            RelationshipGraph graph = (RelationshipGraph) s[1];
            BriefingOptions options = BriefingOptions.network((Classification) s[2]);
            BriefingScene[] built = new BriefingScene[1];
            double ms = median(() -> built[0] = new BriefingSceneBuilder().build(graph.view(), Map.of(), options));
            row((String) s[0], built[0], "scene", ms, -1);
            formats((String) s[0], built[0]);
        }
        for (int n : new int[] {1000, 3000}) {
            BriefingScene synthetic = synthetic(n);
            formats("synthetic scale-free " + n, synthetic);
        }
    }

    private static RelationshipGraph graphOf(List<Path> paths) {
        var read = new CableReader().read(paths);
        return RelationshipGraph.build(new Extractor(Gazetteer.bundled()).extract(read.cables()));
    }

    private static void formats(String name, BriefingScene scene) throws Exception {
        for (BriefingFormat format : BriefingFormat.values()) {
            BriefingOutput output = BriefingOutput.of(format);
            long[] size = new long[1];
            double ms = median(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    output.writer().write(scene, out);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                size[0] = out.size();
            });
            row(name, scene, format.extension(), ms, size[0]);
        }
    }

    private static void row(String name, BriefingScene scene, String step, double ms, long bytes) {
        System.out.printf(Locale.ROOT, "%-28s %7d %7d %-6s %10.0f %12s%n", name, scene.nodes().size(),
                scene.edges().size(), step, ms, bytes < 0 ? "" : String.format(Locale.ROOT, "%,d", bytes));
    }

    private static double median(Runnable task) {
        task.run();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** A seeded scale-free network laid out with ForceAtlas2, as a scene. */
    private static BriefingScene synthetic(int n) {
        LayoutGraph graph = ScaleFreeGraphs.generate(n, 2, 42);
        Positions p = new ForceAtlas2Layout(ForceAtlas2Settings.recommendedFor(graph)).layout(graph, 100, 42);
        Random random = new Random(42);
        List<SceneNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new SceneNode("n" + i, "Entity " + i, EntityType.values()[random.nextInt(3)], p.x(i), p.y(i),
                    4 + Math.min(8, graph.degree(i)), i < 3));
        }
        List<SceneEdge> edges = new ArrayList<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges.add(new SceneEdge("n" + graph.source(e), "n" + graph.target(e), 1,
                    RelationType.values()[random.nextInt(8)], 1, false));
        }
        return new BriefingScene(BriefingKind.NETWORK, "Synthetic " + n, "", SecurityMarking.unclassified(),
                new Legend(List.of(EntityType.PERSON), List.of(RelationType.MET)), List.of(), LocalDate.of(2024, 1, 1),
                nodes, edges, List.of(), List.of());
    }
}
