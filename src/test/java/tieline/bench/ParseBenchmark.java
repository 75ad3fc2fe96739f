package tieline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tieline.Corpus;
import tieline.cable.CableParser;
import tieline.cable.CableReader;

/**
 * Measures decoding and parsing alone: loads every cable file under the corpus into memory
 * first, then reads them all from memory with {@link CableReader#readBytes} on one thread, a few
 * warm-up rounds, then measured rounds, and prints a table of files, MB, seconds, MB/s and
 * cables/s per round and for the best and median round, with the bytes the parsing thread
 * allocated in the round (what the garbage collector will have to clear). Rates are given
 * against the thread's CPU time (what one core achieves, even on a busy machine) and against
 * wall-clock time.
 *
 * <p>Run: {@code ./tieline bench ParseBenchmark [corpus-folder] [warmup-rounds] [rounds]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : Corpus.root().orElseThrow(
                () -> new IllegalStateException("no corpus: pass its folder or set -Dtieline.corpus"));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> {
                try {
                    names.add(p.toString());
                    contents.add(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        long bytes = contents.stream().mapToLong(b -> b.length).sum();
        double mb = bytes / 1_000_000.0;
        System.out.printf(Locale.ROOT, "Corpus: %s, %d files, %.2f MB (decode + parse, one thread)%n",
                root, contents.size(), mb);
        CableReader reader = new CableReader();
        for (int r = 0; r < warmup; r++) {
            parseAll(reader, names, contents);
        }
        System.out.printf(Locale.ROOT, "%-8s %6s %7s %8s %8s %9s %9s %10s %9s%n", "round", "files", "MB", "cpu s",
                "wall s", "MB/s", "wall MB/s", "cables/s", "alloc MB");
        // the com.sun.management view of the thread bean also counts the bytes a thread allocates
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        double[] allocated = new double[rounds];
        int cables = 0;
        for (int r = 0; r < rounds; r++) {
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            cables = parseAll(reader, names, contents);
            wall[r] = (System.nanoTime() - start) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            allocated[r] = (threads.getCurrentThreadAllocatedBytes() - allocatedStart) / 1e6;
            row("#" + (r + 1), contents.size(), mb, cpu[r], wall[r], cables, allocated[r]);
        }
        double[] cpuSorted = cpu.clone();
        double[] wallSorted = wall.clone();
        double[] allocatedSorted = allocated.clone();
        Arrays.sort(cpuSorted);
        Arrays.sort(wallSorted);
        Arrays.sort(allocatedSorted);
        row("best", contents.size(), mb, cpuSorted[0], wallSorted[0], cables, allocatedSorted[0]);
        row("median", contents.size(), mb, cpuSorted[rounds / 2], wallSorted[rounds / 2], cables,
                allocatedSorted[rounds / 2]);
        System.out.println("MB/s and cables/s are per CPU-second of the parsing thread; wall MB/s includes waiting "
                + "for a busy machine; alloc MB is what the parsing thread allocated in the round.");
        System.out.printf(Locale.ROOT, "%d of %d files parsed as cables%n", cables, contents.size());
    }

    private static int parseAll(CableReader reader, List<String> names, List<byte[]> contents) {
        int cables = 0;
        for (int i = 0; i < contents.size(); i++) {
            CableParser.Outcome outcome = reader.readBytes(names.get(i), contents.get(i));
            if (outcome.cable() != null) {
                cables++;
            }
        }
        return cables;
    }

    private static void row(String label, int files, double mb, double cpu, double wall, int cables,
                            double allocatedMb) {
        System.out.printf(Locale.ROOT, "%-8s %6d %7.2f %8.3f %8.3f %9.1f %9.1f %10.0f %9.1f%n", label, files, mb, cpu,
                wall, mb / cpu, mb / wall, cables / cpu, allocatedMb);
    }
}
