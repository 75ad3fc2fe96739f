package tieline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import tieline.ui.graph.GraphScene;

/**
 * Frame-render benchmark for the graph canvas: synthetic scale-free graphs (4 edges per node,
 * laid out by ForceAtlas2 for 100 iterations) drawn on a 1600x1000 canvas from the whole graph
 * fitted in view: pan frames (the kept picture is shifted, only the strips that come into view
 * are drawn) and zoom frames (in and out around the fit, each drawn in full). Median and 95th
 * percentile after 15 warm-up frames; see {@link FrameMeter} for what each column measures.
 * Target: 5k nodes / 20k edges under 16 ms per frame.
 *
 * <pre>./tieline bench RenderBenchmark [nodes...] [--frames N] [--threads N]</pre>
 * Without a display it runs on Monocle headless (software rasteriser); under {@code xvfb-run -a}
 * it uses the X display.
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int frames = 60;
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 5000, 10000);
        }
        FrameMeter.startFx();
        System.out.printf(Locale.ROOT, "Graph canvas frames, %dx%d, %d frames per row, %d drawing thread(s), "
                        + "%d processors, load average %.1f (ms)%n", FrameMeter.WIDTH, FrameMeter.HEIGHT, frames, threads,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-14s %-5s %8s %8s %9s %9s %8s %8s %8s %6s %6s %6s %7s%n", "graph",
                "frame", "draw med", "draw p95", "frame med", "frame p95", "cpu med", "cpu p95", "text med", "nodes",
                "edges", "labels", "shifted");
        for (int n : sizes) {
            GraphScene scene = SyntheticGraphs.laidOutScaleFree(n, 4, 100, 42L);
            String name = String.format(Locale.ROOT, "%,d/%,d", scene.nodeCount(), scene.edgeCount());
            for (boolean zoom : new boolean[] {false, true}) {
                FrameMeter.Times t = FrameMeter.measure(scene, frames, threads, zoom);
                System.out.printf(Locale.ROOT, "%-14s %-5s %8.2f %8.2f %9.2f %9.2f %8.2f %8.2f %8.2f %6d %6d %6d %7d%n",
                        name,
                        zoom ? "zoom" : "pan", FrameMeter.Times.percentile(t.draw(), 50),
                        FrameMeter.Times.percentile(t.draw(), 95), FrameMeter.Times.percentile(t.frame(), 50),
                        FrameMeter.Times.percentile(t.frame(), 95), FrameMeter.Times.percentile(t.cpu(), 50),
                        FrameMeter.Times.percentile(t.cpu(), 95), FrameMeter.Times.percentile(t.text(), 50), t.nodes(),
                        t.edges(), t.labels(), t.shifted());
                System.out.flush();
            }
        }
        Platform.exit();
    }
}
