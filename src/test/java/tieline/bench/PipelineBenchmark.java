package tieline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tieline.Corpus;
import tieline.cable.Cable;
import tieline.cable.CableParser;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.GraphFilter;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;

/**
 * The whole pipeline over the corpus: read files, parse cables, extract, build the graph.
 * {@code ./tieline bench PipelineBenchmark [corpus folder] [runs] [warm-up runs]}. Prints the
 * median time per stage (wall clock and process CPU, which includes GC and JIT threads), MB/s
 * and cables/s (wall clock, and per CPU-second, which is what one core would do), peak heap and
 * the graph's size, then the time of a CONFIDENTIAL view and of centrality on the whole graph. Run under {@code taskset -c 0} to pin it to
 * one core. Without a warm-up count it warms up as a JMH run would, until three runs in a row agree
 * within 5% of CPU time and the compiler has finished (at most {@value #MAX_WARMUPS} runs): on one
 * core the optimising compiler takes some twenty passes to finish its work. The cold first run is printed too. The JVM options
 * and collector are printed with the table (see docs/adr/0005-throughput-measured-in-steady-state.md).
 */
public final class PipelineBenchmark {

    private static final int MAX_WARMUPS = 60;
    private static final String[] STAGES = {"read files", "parse", "extract", "build graph"};

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Corpus.root().orElseThrow(
                () -> new IllegalStateException("no corpus: give its folder or put it at ../shared/corpus"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : -1;

        CableReader reader = new CableReader();
        List<CableProblem> listingProblems = new ArrayList<>();
        List<Path> files = reader.listFiles(List.of(corpus), listingProblems);
        Gazetteer gazetteer = Gazetteer.bundled();

        Run last = null;
        Run first = null;
        List<Double> warmupCpu = new ArrayList<>();
        List<Double> warmupJit = new ArrayList<>();
        while (warmups < 0 ? !steady(warmupCpu, warmupJit) : warmupCpu.size() < warmups) {
            long jit0 = compilationMs();
            last = null; // the previous pass is garbage before the next starts, as in one real pass
            last = run(reader, files, gazetteer);
            warmupCpu.add(last.cpuMs);
            warmupJit.add((double) (compilationMs() - jit0));
            if (first == null) {
                // keep its figures only: its graph would stay alive through every later pass
                first = new Run(last.stageMs, last.stageCpuMs, last.cpuMs, last.gcMs, last.bytes, last.cables,
                        last.problems, null, null);
            }
        }
        warmups = warmupCpu.size();
        System.gc();
        PeakHeap.reset();
        double[][] stageMs = new double[STAGES.length][runs];
        double[][] stageCpuMs = new double[STAGES.length][runs];
        double[] totalMs = new double[runs];
        double[] cpuMs = new double[runs];
        double[] gcMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            last = null;
            last = run(reader, files, gazetteer);
            for (int s = 0; s < STAGES.length; s++) {
                stageMs[s][i] = last.stageMs[s];
                stageCpuMs[s][i] = last.stageCpuMs[s];
                totalMs[i] += last.stageMs[s];
            }
            cpuMs[i] = last.cpuMs;
            gcMs[i] = last.gcMs;
        }
        double peak = PeakHeap.megabytes();
        Run r = last;
        double mb = r.bytes / (1024.0 * 1024.0);
        double total = median(totalMs);
        double cpu = median(cpuMs);

        BenchTable t = new BenchTable("PipelineBenchmark: " + corpus + " (" + files.size() + " files, "
                + String.format(java.util.Locale.ROOT, "%.1f", mb) + " MB), median of " + runs + " after "
                + warmups + " warm-up, " + Runtime.getRuntime().availableProcessors() + " processors");
        for (int s = 0; s < STAGES.length; s++) {
            t.row(STAGES[s], "%9.0f ms wall %9.0f ms CPU", median(stageMs[s]), median(stageCpuMs[s]));
        }
        t.row("total (wall)", "%9.0f ms", total);
        t.row("total (CPU, all threads)", "%9.0f ms  (of which collecting garbage, mean of the runs: %.0f ms)", cpu,
                Arrays.stream(gcMs).average().orElse(0));
        t.row("throughput (wall)", "%9.1f MB/s  %7.0f cables/s", mb / (total / 1000), r.cables / (total / 1000));
        t.row("throughput (per CPU-second)", "%9.1f MB/s  %7.0f cables/s", mb / (cpu / 1000), r.cables / (cpu / 1000));
        if (first != null) {
            double firstCpu = first.cpuMs;
            t.row("first run, cold JVM (CPU)", "%9.0f ms  %7.1f MB/s per CPU-second  (parse %.0f, extract %.0f, graph %.0f ms)",
                    firstCpu, mb / (firstCpu / 1000), first.stageCpuMs[1], first.stageCpuMs[2], first.stageCpuMs[3]);
        }
        t.row("warm-up runs (CPU ms)", "%9d  %s", warmups, joined(warmupCpu));
        t.row("  of which compiling (ms)", "%9s  %s", "", joined(warmupJit));
        t.row("measured runs (CPU ms)", "%9d  %s", runs, joined(Arrays.stream(cpuMs).boxed().toList()));
        t.row("JVM", "%s", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        t.row("collector", "%s", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(", ")));
        t.row("peak heap", "%9.0f MB", peak);
        t.row("cables / problems", "%9d / %d", r.cables, r.problems);
        t.row("entities / vertices", "%9d / %d", r.graph.entities().size(), r.graph.jgraph().vertexSet().size());
        t.row("relationships", "%9d", r.graph.relationships().size());
        t.row("mentions / evidence", "%9d / %d", r.extraction.mentions().size(), r.extraction.evidence().size());

        long v0 = System.nanoTime();
        GraphView confidential = r.graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL));
        long v1 = System.nanoTime();
        t.row("view at CONFIDENTIAL", "%9.0f ms  (%d entities, %d relationships)", (v1 - v0) / 1e6,
                confidential.entities().size(), confidential.relationships().size());
        GraphView all = r.graph.view();
        all.centrality().pageRankScores();
        long v2 = System.nanoTime();
        all.centrality().betweennessScores();
        long v3 = System.nanoTime();
        t.row("PageRank / betweenness", "%9.0f ms / %.0f ms", (v2 - v1) / 1e6, (v3 - v2) / 1e6);
        t.print(System.out);
    }

    /** One pass of the pipeline with its stage times. */
    private record Run(double[] stageMs, double[] stageCpuMs, double cpuMs, double gcMs, long bytes, int cables, int problems,
                       Extraction extraction, RelationshipGraph graph) {
    }

    private static Run run(CableReader reader, List<Path> files, Gazetteer gazetteer) throws IOException {
        long cpu0 = processCpuNanos();
        long gc0 = gcMs();
        long t0 = System.nanoTime();
        long[] cpu = new long[STAGES.length + 1];
        cpu[0] = cpu0;
        List<byte[]> contents = new ArrayList<>(files.size());
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            contents.add(b);
            bytes += b.length;
        }
        long t1 = System.nanoTime();
        cpu[1] = processCpuNanos();
        List<Cable> cables = new ArrayList<>();
        int problems = 0;
        for (int i = 0; i < files.size(); i++) {
            CableParser.Outcome o = reader.readBytes(files.get(i).toString(), contents.get(i));
            if (o.cable() != null) {
                cables.add(o.cable());
            } else {
                problems++;
            }
        }
        long t2 = System.nanoTime();
        cpu[2] = processCpuNanos();
        Extraction extraction = new Extractor(gazetteer).extract(cables);
        long t3 = System.nanoTime();
        cpu[3] = processCpuNanos();
        RelationshipGraph graph = RelationshipGraph.build(extraction);
        long t4 = System.nanoTime();
        long cpu1 = processCpuNanos();
        cpu[4] = cpu1;
        double[] stages = {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6};
        double[] stageCpu = new double[STAGES.length];
        for (int i = 0; i < STAGES.length; i++) {
            stageCpu[i] = (cpu[i + 1] - cpu[i]) / 1e6;
        }
        return new Run(stages, stageCpu, (cpu1 - cpu0) / 1e6, gcMs() - gc0, bytes, cables.size(), problems, extraction,
                graph);
    }

    /**
     * True once the compiler is done (it compiled for under 2% of the last run's CPU time) and the
     * last three runs agree within 5% of CPU time, or after {@value #MAX_WARMUPS} runs.
     */
    private static boolean steady(List<Double> cpuMs, List<Double> jitMs) {
        int n = cpuMs.size();
        if (n >= MAX_WARMUPS) {
            return true;
        }
        if (n < 5 || jitMs.get(n - 1) > 0.02 * cpuMs.get(n - 1)) {
            return false;
        }
        double lo = Math.min(cpuMs.get(n - 1), Math.min(cpuMs.get(n - 2), cpuMs.get(n - 3)));
        double hi = Math.max(cpuMs.get(n - 1), Math.max(cpuMs.get(n - 2), cpuMs.get(n - 3)));
        return hi <= lo * 1.05;
    }

    private static String joined(List<Double> ms) {
        return ms.stream().map(v -> String.format(java.util.Locale.ROOT, "%.0f", v))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static long compilationMs() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Time the collectors report spent collecting, all collectors together. */
    private static long gcMs() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
        }
        return ms;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
