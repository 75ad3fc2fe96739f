package tieline.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tieline.layout.ForceAtlas2Settings;
import tieline.layout.LayoutGraph;
import tieline.layout.LayoutQuality;
import tieline.layout.Positions;
import tieline.layout.ScaleFreeGraphs;

/**
 * Scale benchmark of the graph layout (issue 4, point 9): layout time and layout quality (normalised
 * stress by {@link LayoutQuality}, the same code for every layout) of Tieline's ForceAtlas2, with
 * JGraphT's FR and IndexedFR run on the same graphs in the same run, on synthetic scale-free graphs
 * and optionally a graph read from a file; plus a frame-render column when a {@link FrameRenderTimer}
 * is named. Prints a table and the targets. Run with {@code ./tieline bench LayoutBenchmark [options]}.
 */
@Command(name = "LayoutBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Layout time and normalised stress: Tieline ForceAtlas2 vs JGraphT FR and IndexedFR.")
public final class LayoutBenchmark implements Callable<Integer> {

    /** Target for 100 iterations at 5k nodes / 20k edges on one thread: what Gephi's ForceAtlas2 takes. */
    static final double TARGET_SECONDS_5K = 2.3;
    /** Target for laying out the whole shared corpus graph. */
    static final double TARGET_SECONDS_CORPUS = 5.0;
    /** Target for one pan/zoom frame at 5k nodes / 20k edges. */
    static final double TARGET_FRAME_MILLIS = 16.0;
    private static final int TARGET_NODES = 5000;

    @Option(names = "--sizes", defaultValue = "1000,5000,10000", paramLabel = "N,N,...",
            description = "Node counts of the synthetic scale-free graphs (default: ${DEFAULT-VALUE}); empty for none.")
    private String sizes;

    @Option(names = "--edges-per-node", defaultValue = "4", description = "Barabasi-Albert edges per new node.")
    private int edgesPerNode;

    @Option(names = "--iterations", defaultValue = "100", description = "Iterations of every layout.")
    private int iterations;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of ForceAtlas2 (the median is shown).")
    private int runs;

    @Option(names = "--jgrapht-runs", defaultValue = "1", description = "Timed runs of each JGraphT layout.")
    private int jgraphtRuns;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the graphs and the start positions.")
    private long seed;

    @Option(names = "--threads", defaultValue = "1",
            description = "Also time ForceAtlas2 with this many threads (the target figure is always one thread).")
    private int threads;

    @Option(names = "--skip-slow", description = "Skip JGraphT FR above 5000 nodes (about 195 s at 10k).")
    private boolean skipSlow;

    @Option(names = "--corpus-graph", paramLabel = "FILE",
            description = "Also measure this graph: GraphML, a Tieline JSON export, or a JSON [source, target] list.")
    private Path corpusGraph;

    @Option(names = "--frame-timer", paramLabel = "CLASS",
            description = "A tieline.bench.FrameRenderTimer implementation (from the UI) for the frame column.")
    private String frameTimerClass;

    private final List<NamedGraph> extraGraphs = new ArrayList<>();
    private PrintStream out = System.out;
    private PrintStream progress = System.err;

    /** A graph to measure and the name shown for it. */
    public record NamedGraph(String name, LayoutGraph graph, boolean isCorpus) { }

    /** Runs the benchmark with command-line options; see {@code --help}. */
    public static void main(String[] args) {
        System.exit(run(List.of(), args));
    }

    /**
     * Runs the benchmark on the synthetic graphs selected by {@code args} plus {@code extraGraphs}; the
     * way to add the whole-corpus graph built in code (for example
     * {@code LayoutGraph.fromGraph(relationshipGraph.jgraph(), r -> r.evidenceCount()).graph()}) with
     * {@code isCorpus} true.
     *
     * @return the process exit code: 0, or 2 for bad options or an unreadable graph file
     */
    public static int run(List<NamedGraph> extraGraphs, String... args) {
        LayoutBenchmark benchmark = new LayoutBenchmark();
        benchmark.extraGraphs.addAll(extraGraphs);
        return new CommandLine(benchmark).execute(args);
    }

    @Override
    public Integer call() {
        if (iterations < 1 || runs < 1 || jgraphtRuns < 1 || threads < 1 || edgesPerNode < 1) {
            progress.println("LayoutBenchmark: --iterations, --runs, --jgrapht-runs, --threads and"
                    + " --edges-per-node must be at least 1");
            return 2;
        }
        List<NamedGraph> graphs = new ArrayList<>();
        for (String text : sizes.split(",")) {
            if (text.isBlank()) {
                continue;
            }
            int size;
            try {
                size = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                size = 0;
            }
            if (size < 2) {
                progress.println("LayoutBenchmark: --sizes takes node counts of at least 2, got '" + text + "'");
                return 2;
            }
            graphs.add(new NamedGraph("scale-free " + shortCount(size),
                    ScaleFreeGraphs.generate(size, edgesPerNode, seed), false));
        }
        if (corpusGraph != null) {
            try {
                graphs.add(new NamedGraph("file " + corpusGraph.getFileName(), GraphFileReader.read(corpusGraph), true));
            } catch (GraphFileException e) {
                progress.println("LayoutBenchmark: " + e.getMessage());
                return 2;
            }
        }
        graphs.addAll(extraGraphs);
        FrameRenderTimer frameTimer;
        try {
            frameTimer = loadFrameTimer();
        } catch (ReflectiveOperationException | ClassCastException e) {
            progress.println("LayoutBenchmark: cannot use --frame-timer " + frameTimerClass
                    + ": it must name a tieline.bench.FrameRenderTimer with a public no-argument constructor ("
                    + e + ")");
            return 2;
        }
        warmUpJit();
        List<GraphResult> results = new ArrayList<>();
        for (NamedGraph graph : graphs) {
            results.add(measure(graph, frameTimer));
        }
        printTable(results);
        printTargets(results);
        return 0;
    }

    /** Lets the JIT compile the layout code before anything is timed, so the first graph is not penalised. */
    private void warmUpJit() {
        progress.println("warming up the JIT...");
        LayoutGraph graph = ScaleFreeGraphs.generate(2000, 4, seed + 1);
        for (ForceAtlas2Settings settings : List.of(ForceAtlas2Settings.defaults(), ForceAtlas2Settings.gephi())) {
            LayoutContender.forceAtlas2("warm-up", settings).layout(graph, 200, seed);
        }
        LayoutQuality.normalisedStress(graph, Positions.random(graph.nodeCount(), seed));
    }

    private FrameRenderTimer loadFrameTimer() throws ReflectiveOperationException {
        if (frameTimerClass == null) {
            return null;
        }
        return (FrameRenderTimer) Class.forName(frameTimerClass).getConstructor().newInstance();
    }

    /** The measurements of one graph. */
    record GraphResult(NamedGraph graph, double randomStress, List<Measurement> layouts, double frameMillis) {

        Measurement layout(String name) {
            return layouts.stream().filter(m -> m.layout().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * One layout of one graph: median wall-clock and calling-thread CPU seconds over {@code runs} (NaN
     * if skipped or failed; CPU is NaN for multi-threaded runs, whose work is on other threads) and stress.
     */
    record Measurement(String layout, double seconds, double cpuSeconds, int runs, double stress, String note) { }

    private static final String TIELINE = "ForceAtlas2 (Tieline defaults)";
    private static final String GEPHI = "ForceAtlas2 (Gephi forces)";
    private static final String TIELINE_UNWEIGHTED = "ForceAtlas2 (Tieline, edge weights ignored)";

    private static boolean hasUnequalWeights(LayoutGraph graph) {
        for (int e = 1; e < graph.edgeCount(); e++) {
            if (graph.weight(e) != graph.weight(0)) {
                return true;
            }
        }
        return false;
    }

    private GraphResult measure(NamedGraph named, FrameRenderTimer frameTimer) {
        LayoutGraph graph = named.graph();
        String label = named.name();
        progress.printf(Locale.ROOT, "[%s] %d nodes, %d edges%n", label, graph.nodeCount(), graph.edgeCount());
        double randomStress = LayoutQuality.normalisedStress(graph, Positions.random(graph.nodeCount(), seed));
        List<Measurement> layouts = new ArrayList<>();
        ForceAtlas2Settings tieline = ForceAtlas2Settings.defaults();
        Timing ours = warmedUp(label, LayoutContender.forceAtlas2(TIELINE, tieline), graph, runs);
        Positions tielinePositions = ours.positions();
        layouts.add(ours.measurement(""));
        layouts.add(warmedUp(label, LayoutContender.forceAtlas2(GEPHI, ForceAtlas2Settings.gephi()), graph, runs)
                .measurement(""));
        if (hasUnequalWeights(graph)) {
            // JGraphT's layouts and the stress measure ignore weights: this row compares like with like.
            layouts.add(warmedUp(label, LayoutContender.forceAtlas2(TIELINE_UNWEIGHTED,
                    tieline.withEdgeWeightInfluence(0)), graph, runs).measurement(""));
        }
        if (threads > 1) {
            Timing parallel = warmedUp(label, LayoutContender.forceAtlas2(TIELINE + ", " + threads + " threads",
                    tieline.withThreads(threads)), graph, runs).withoutCpu();
            boolean same = Arrays.equals(parallel.positions().x(), tielinePositions.x())
                    && Arrays.equals(parallel.positions().y(), tielinePositions.y());
            progress.printf(Locale.ROOT, "[%s] %d threads give %s positions as 1 thread%n", label, threads,
                    same ? "the same" : "DIFFERENT");
            layouts.add(parallel.measurement(""));
        }
        layouts.add(timeOrFailure(label, LayoutContender.jgraphtIndexedFr(), graph, jgraphtRuns));
        LayoutContender fr = LayoutContender.jgraphtFr();
        if (skipSlow && graph.nodeCount() > TARGET_NODES) {
            progress.printf(Locale.ROOT, "[%s] %s skipped (--skip-slow)%n", label, fr.name());
            layouts.add(new Measurement(fr.name(), Double.NaN, Double.NaN, 0, Double.NaN, "skipped (--skip-slow)"));
        } else {
            if (graph.nodeCount() > TARGET_NODES) {
                progress.printf(Locale.ROOT, "[%s] %s is slow here (about 195 s at 10k nodes); --skip-slow skips it%n",
                        label, fr.name());
            }
            layouts.add(timeOrFailure(label, fr, graph, jgraphtRuns));
        }
        double frameMillis = Double.NaN;
        if (frameTimer != null) {
            frameMillis = frameTimer.medianFrameMillis(graph, tielinePositions);
            progress.printf(Locale.ROOT, "[%s] frame %.2f ms%n", label, frameMillis);
        }
        return new GraphResult(named, randomStress, layouts, frameMillis);
    }

    /** Median times and the positions of the last run (every run starts from the same positions). */
    private record Timing(String layout, double medianSeconds, double medianCpuSeconds, int runs,
            Positions positions, double stress) {

        Measurement measurement(String note) {
            return new Measurement(layout, medianSeconds, medianCpuSeconds, runs, stress, note);
        }

        Timing withoutCpu() {
            return new Timing(layout, medianSeconds, Double.NaN, runs, positions, stress);
        }
    }

    /** Times a layout we do not own; if it throws, the table says so instead of the run ending. */
    private Measurement timeOrFailure(String label, LayoutContender contender, LayoutGraph graph, int count) {
        try {
            return time(label, contender, graph, count).measurement("");
        } catch (RuntimeException e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            String where = at == null ? "" : " in " + at.getClassName().replaceAll(".*\\.", "") + "." + at.getMethodName();
            progress.printf(Locale.ROOT, "[%s] %s failed: %s%s%n", label, contender.name(), e, where);
            return new Measurement(contender.name(), Double.NaN, Double.NaN, 0, Double.NaN,
                    "failed: " + e.getClass().getSimpleName() + where);
        }
    }

    private Timing warmedUp(String label, LayoutContender contender, LayoutGraph graph, int count) {
        contender.layout(graph, iterations, seed + 1);
        return time(label, contender, graph, count);
    }

    private Timing time(String label, LayoutContender contender, LayoutGraph graph, int count) {
        double[] seconds = new double[count];
        double[] cpuSeconds = new double[count];
        Positions positions = null;
        for (int r = 0; r < count; r++) {
            LayoutContender.Timed timed = contender.layout(graph, iterations, seed);
            seconds[r] = timed.nanos() / 1e9;
            cpuSeconds[r] = timed.cpuNanos() / 1e9;
            positions = timed.positions();
            progress.printf(Locale.ROOT, "[%s] %s run %d/%d: %.3f s wall, %.3f s CPU%n", label, contender.name(),
                    r + 1, count, seconds[r], cpuSeconds[r]);
        }
        return new Timing(contender.name(), median(seconds), median(cpuSeconds), count, positions,
                LayoutQuality.normalisedStress(graph, positions));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private void printTable(List<GraphResult> results) {
        out.println();
        out.printf(Locale.ROOT, "Layout benchmark: %d iterations, 1 thread unless noted, seed %d; ForceAtlas2 timed"
                + " after a JIT warm-up and one untimed run per graph; CPU = the layout thread's CPU time; stress over %d sampled BFS sources (Java %s, %d cores)%n",
                iterations, seed, LayoutQuality.DEFAULT_SOURCES,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        String format = "| %-18s | %6s | %6s | %-43s | %14s | %8s | %7s | %8s |%n";
        out.printf(Locale.ROOT, format, "graph", "nodes", "edges", "layout", "wall (s)", "CPU (s)", "stress",
                "frame ms");
        out.printf(Locale.ROOT, format, "---", "---:", "---:", "---", "---:", "---:", "---:", "---:");
        for (GraphResult result : results) {
            LayoutGraph g = result.graph().graph();
            String frame = Double.isNaN(result.frameMillis()) ? "n/a" : fixed(result.frameMillis(), 2);
            out.printf(Locale.ROOT, format, result.graph().name(), g.nodeCount(), g.edgeCount(), "random positions",
                    "-", "-", fixed(result.randomStress(), 4), "");
            for (Measurement m : result.layouts()) {
                String time = Double.isNaN(m.seconds()) ? m.note()
                        : fixed(m.seconds(), m.seconds() < 10 ? 3 : 1) + (m.runs() > 1 ? " (med " + m.runs() + ")" : "");
                String cpu = Double.isNaN(m.cpuSeconds()) ? "-" : fixed(m.cpuSeconds(), m.cpuSeconds() < 10 ? 3 : 1);
                out.printf(Locale.ROOT, format, "", "", "", m.layout(), time, cpu,
                        Double.isNaN(m.stress()) ? "-" : fixed(m.stress(), 4),
                        m.layout().equals(TIELINE) ? frame : "");
            }
        }
    }

    private void printTargets(List<GraphResult> results) {
        out.println();
        out.println("Targets");
        GraphResult fiveK = results.stream()
                .filter(r -> !r.graph().isCorpus() && r.graph().graph().nodeCount() == TARGET_NODES)
                .findFirst().orElse(null);
        if (fiveK == null) {
            out.println("  5k/20k targets: not measured (add 5000 to --sizes)");
        } else {
            Measurement ours = fiveK.layout(TIELINE);
            Measurement fr = fiveK.layout("JGraphT FR");
            target(String.format(Locale.ROOT, "5k/20k: ForceAtlas2 %d iterations, 1 thread <= %.1f s", iterations,
                    TARGET_SECONDS_5K), fixed(ours.seconds(), 3) + " s wall (" + fixed(ours.cpuSeconds(), 3) + " s CPU)",
                    ours.seconds() <= TARGET_SECONDS_5K);
            if (Double.isNaN(fr.stress())) {
                target("5k/20k: ForceAtlas2 stress <= JGraphT FR stress", "FR not run", null);
            } else {
                target("5k/20k: ForceAtlas2 stress <= JGraphT FR stress",
                        fixed(ours.stress(), 4) + " vs " + fixed(fr.stress(), 4), ours.stress() <= fr.stress());
            }
            if (Double.isNaN(fiveK.frameMillis())) {
                target("5k/20k: pan/zoom frame < 16 ms", "not measured (needs --frame-timer, from tieline.ui)", null);
            } else {
                target("5k/20k: pan/zoom frame < 16 ms", fixed(fiveK.frameMillis(), 2) + " ms",
                        fiveK.frameMillis() < TARGET_FRAME_MILLIS);
            }
        }
        GraphResult corpus = results.stream().filter(r -> r.graph().isCorpus()).findFirst().orElse(null);
        if (corpus == null) {
            target("corpus graph: lays out in < 5 s", "not measured (needs --corpus-graph FILE or run(...))", null);
        } else {
            Measurement ours = corpus.layout(TIELINE);
            target(String.format(Locale.ROOT, "corpus graph (%d nodes): %d iterations < %.0f s",
                    corpus.graph().graph().nodeCount(), iterations, TARGET_SECONDS_CORPUS),
                    fixed(ours.seconds(), 3) + " s wall (" + fixed(ours.cpuSeconds(), 3) + " s CPU)",
                    ours.seconds() < TARGET_SECONDS_CORPUS);
        }
    }

    private void target(String what, String value, Boolean met) {
        out.printf(Locale.ROOT, "  %-56s %-30s %s%n", what, value, met == null ? "" : met ? "MET" : "MISSED");
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String shortCount(int n) {
        return n % 1000 == 0 ? (n / 1000) + "k" : Integer.toString(n);
    }
}
