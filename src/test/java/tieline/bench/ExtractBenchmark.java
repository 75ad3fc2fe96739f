package tieline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tieline.Corpus;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.cable.ReadResult;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.model.Extraction;

/**
 * Read + parse + extract over the whole corpus: prints a table of wall time, CPU time, MB/s and
 * cables/s per phase, and the peak heap. "MB/s per core" divides by CPU time, which is what one
 * core would take. Usage: {@code ./tieline bench ExtractBenchmark [corpus-folder] [runs]}.
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : Corpus.root()
                .orElseThrow(() -> new IllegalStateException("no corpus: pass a folder or -Dtieline.corpus"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long bytes;
        try (Stream<Path> files = Files.walk(root)) {
            bytes = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        double mb = bytes / 1e6;
        Gazetteer gazetteer = Gazetteer.bundled();
        System.out.printf(Locale.ROOT, "corpus %s: %.1f MB, %d cores, %d runs after 2 warm-up runs%n", root, mb,
                Runtime.getRuntime().availableProcessors(), runs);
        System.out.printf(Locale.ROOT, "%-4s %-10s %9s %9s %12s %12s %10s%n", "run", "phase", "wall s", "cpu s",
                "MB/s wall", "MB/s 1 core", "cables/s");
        for (int run = -2; run < runs; run++) {
            long w0 = System.nanoTime();
            long c0 = cpu();
            ReadResult read = new CableReader().read(List.of(root));
            long w1 = System.nanoTime();
            long c1 = cpu();
            List<Cable> cables = read.cables();
            Extraction x = new Extractor(gazetteer).extract(cables);
            long w2 = System.nanoTime();
            long c2 = cpu();
            if (run < 0) {
                continue;
            }
            row(run, "read+parse", w1 - w0, c1 - c0, mb, cables.size());
            row(run, "extract", w2 - w1, c2 - c1, mb, cables.size());
            row(run, "pipeline", w2 - w0, c2 - c0, mb, cables.size());
            if (run == runs - 1) {
                System.out.printf(Locale.ROOT, "%d cables, %d entities, %d mentions, %d evidence%n", cables.size(),
                        x.entities().size(), x.mentions().size(), x.evidence().size());
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap %.0f MB%n", peak / 1e6);
    }

    private static void row(int run, String phase, long wallNanos, long cpuNanos, double mb, int cables) {
        double wall = wallNanos / 1e9;
        double cpu = cpuNanos / 1e9;
        System.out.printf(Locale.ROOT, "%-4d %-10s %9.2f %9.2f %12.1f %12.1f %10.0f%n", run, phase, wall, cpu,
                mb / wall, mb / cpu, cables / wall);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
