package tieline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import tieline.ui.graph.Emphasis;
import tieline.ui.graph.GraphPalette;
import tieline.ui.graph.GraphRenderer;
import tieline.ui.graph.GraphScene;
import tieline.ui.graph.LabelPlanner;
import tieline.ui.graph.RasterImage;
import tieline.ui.graph.TextSprites;
import tieline.ui.graph.SpatialGrid;
import tieline.ui.graph.TextMeasure;
import tieline.ui.graph.Viewport;

/**
 * Frame-render benchmark for the graph canvas: synthetic scale-free graphs (4 edges per node,
 * laid out by ForceAtlas2 for 100 iterations) drawn on a 1600x1000 canvas, starting from the
 * whole graph fitted in view; pan frames and zoom frames (in and out around the fit), median
 * and 95th percentile after 15 warm-up frames.
 * "draw" is the time to draw the frame into the software raster (labels included); "frame"
 * adds putting it on the canvas and rasterising the canvas (a canvas snapshot, which also
 * copies the pixels back, so it over-states what a screen frame costs). Target: 5k nodes /
 * 20k edges under 16 ms per frame.
 *
 * <pre>./tieline bench RenderBenchmark [nodes...] [--frames N]</pre>
 * Without a display it runs on Monocle headless (software rasteriser); under {@code xvfb-run -a}
 * it uses the X display.
 */
public final class RenderBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int frames = 60;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--frames")) {
                frames = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 5000, 10000);
        }
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        System.out.printf(Locale.ROOT, "Graph canvas frame times, %dx%d canvas, %d frames per row (ms)%n",
                WIDTH, HEIGHT, frames);
        System.out.printf(Locale.ROOT, "%-16s %-6s %9s %9s %10s %10s %8s %8s %7s%n", "graph", "frame",
                "draw med", "draw p95", "frame med", "frame p95", "nodes", "edges", "labels");
        for (int n : sizes) {
            final int f = frames;
            CompletableFuture<String> rows = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    rows.complete(measure(n, f));
                } catch (Throwable t) {
                    rows.completeExceptionally(t);
                }
            });
            System.out.print(rows.get());
        }
        Platform.exit();
    }

    private static String measure(int n, int frames) {
        GraphScene scene = SyntheticGraphs.laidOutScaleFree(n, 4, 100, 42L);
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        RasterImage raster = new RasterImage(WIDTH, HEIGHT);
        TextSprites sprites = new TextSprites();
        GraphRenderer renderer = new GraphRenderer(new LabelPlanner(new TextMeasure()));
        SpatialGrid grid = new SpatialGrid(scene);
        Emphasis emphasis = Emphasis.none(scene);
        GraphPalette palette = new GraphPalette();
        Viewport vp = new Viewport();
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        StringBuilder out = new StringBuilder();
        String name = String.format(Locale.ROOT, "%,d/%,d", scene.nodeCount(), scene.edgeCount());
        for (String kind : List.of("pan", "zoom")) {
            vp.fit(scene.bounds(), WIDTH, HEIGHT, 30);
            double[] draw = new double[frames];
            double[] frame = new double[frames];
            long nodes = 0;
            long edges = 0;
            long labels = 0;
            int warmup = 15;
            for (int i = -warmup; i < frames; i++) {
                if (kind.equals("pan")) {
                    vp.panBy(i % 40 < 20 ? 9 : -9, i % 20 < 10 ? 5 : -5);
                } else {
                    double factor = (i + warmup) % 30 < 15 ? 1.12 : 1 / 1.12;
                    vp.zoomAt(factor, WIDTH * 0.45, HEIGHT * 0.55);
                }
                long t0 = System.nanoTime();
                renderer.draw(raster.raster(), scene, grid, vp, emphasis, palette, sprites);
                if (renderer.labelsMissing() && sprites.renderMissing()) {
                    renderer.draw(raster.raster(), scene, grid, vp, emphasis, palette, sprites);
                }
                long t1 = System.nanoTime();
                raster.publish();
                canvas.getGraphicsContext2D().drawImage(raster.image(), 0, 0);
                canvas.snapshot(params, image);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    draw[i] = (t1 - t0) / 1e6;
                    frame[i] = (t2 - t0) / 1e6;
                    nodes += renderer.drawnNodes();
                    edges += renderer.drawnEdges();
                    labels += renderer.drawnLabels();
                }
            }
            out.append(String.format(Locale.ROOT, "%-16s %-6s %9.2f %9.2f %10.2f %10.2f %8d %8d %7d%n", name, kind,
                    percentile(draw, 50), percentile(draw, 95), percentile(frame, 50), percentile(frame, 95),
                    nodes / frames, edges / frames, labels / frames));
        }
        return out.toString();
    }

    private static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int k = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, k))];
    }
}
