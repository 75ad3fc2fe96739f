package tieline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
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
import tieline.ui.graph.SpatialGrid;
import tieline.ui.graph.TextMeasure;
import tieline.ui.graph.TextSprites;
import tieline.ui.graph.Viewport;

/**
 * Draws pan or zoom frames of a scene the way the graph canvas does (software raster, label
 * sprites, image on a canvas) and times them: "draw" is the raster frame (labels included),
 * "frame" adds putting it on the canvas and rasterising the canvas (a canvas snapshot, which
 * also copies the pixels back, so it over-states a screen frame), "cpu" is the processor time
 * all drawing threads spent on the frame (wall time on a busy machine is inflated; CPU time
 * much less so), "text" the part of "draw" spent rendering label text not seen before (JavaFX
 * text, on the FX thread; zooming in brings new labels).
 */
final class FrameMeter {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int WARMUP = 15;

    /** Times of one run of frames, in milliseconds. */
    record Times(double[] draw, double[] frame, double[] cpu, double[] text, long nodes, long edges, long labels,
                 int shifted) {

        static double percentile(double[] values, int p) {
            double[] v = values.clone();
            Arrays.sort(v);
            int k = (int) Math.ceil(p / 100.0 * v.length) - 1;
            return v[Math.max(0, Math.min(v.length - 1, k))];
        }
    }

    private FrameMeter() {
    }

    /** Starts JavaFX (Monocle headless when there is no display) unless it runs already. */
    static void startFx() throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.get();
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up already
        }
    }

    /** Measures on the FX thread: {@code zoom} false for pan frames, true for zoom frames. */
    static Times measure(GraphScene scene, int frames, int threads, boolean zoom) throws Exception {
        CompletableFuture<Times> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(run(scene, frames, threads, zoom));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }

    private static Times run(GraphScene scene, int frames, int threads, boolean zoom) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        RasterImage raster = new RasterImage(WIDTH, HEIGHT);
        TextSprites sprites = new TextSprites();
        GraphRenderer renderer = new GraphRenderer(new LabelPlanner(new TextMeasure()), threads);
        SpatialGrid grid = new SpatialGrid(scene);
        Emphasis emphasis = Emphasis.none(scene);
        GraphPalette palette = new GraphPalette();
        Viewport vp = new Viewport();
        vp.fit(scene.bounds(), WIDTH, HEIGHT, 30);
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        double[] draw = new double[frames];
        double[] frame = new double[frames];
        double[] cpu = new double[frames];
        double[] text = new double[frames];
        long nodes = 0;
        long edges = 0;
        long labels = 0;
        int shifted = 0;
        for (int i = -WARMUP; i < frames; i++) {
            if (zoom) {
                double factor = (i + WARMUP) % 30 < 15 ? 1.12 : 1 / 1.12;
                vp.zoomAt(factor, WIDTH * 0.45, HEIGHT * 0.55);
            } else {
                vp.panBy(i % 40 < 20 ? 9 : -9, i % 20 < 10 ? 5 : -5);
            }
            long c0 = drawingCpu();
            long t0 = System.nanoTime();
            renderer.draw(raster.raster(), scene, grid, vp, emphasis, palette, sprites);
            long textStart = System.nanoTime();
            long textEnd = textStart;
            if (renderer.labelsMissing() && sprites.renderMissing()) {
                textEnd = System.nanoTime();
                renderer.draw(raster.raster(), scene, grid, vp, emphasis, palette, sprites);
            }
            boolean wasShifted = renderer.lastFrameShifted();
            long t1 = System.nanoTime();
            raster.publish();
            canvas.getGraphicsContext2D().drawImage(raster.image(), 0, 0);
            canvas.snapshot(params, image);
            long t2 = System.nanoTime();
            long c1 = drawingCpu();
            if (i >= 0) {
                draw[i] = (t1 - t0) / 1e6;
                frame[i] = (t2 - t0) / 1e6;
                cpu[i] = (c1 - c0) / 1e6;
                text[i] = (textEnd - textStart) / 1e6;
                nodes += renderer.drawnNodes();
                edges += renderer.drawnEdges();
                labels += renderer.drawnLabels();
                shifted += wasShifted ? 1 : 0;
            }
        }
        return new Times(draw, frame, cpu, text, nodes / frames, edges / frames, labels / frames, shifted);
    }

    /** CPU time of the threads that draw a frame: the FX thread, the render workers, the JavaFX renderer. */
    private static long drawingCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("tieline-render")
                    || t.getThreadName().startsWith("JavaFX Application Thread")
                    || t.getThreadName().startsWith("QuantumRenderer"))) {
                long c = mx.getThreadCpuTime(t.getThreadId());
                total += Math.max(0, c);
            }
        }
        return total;
    }
}
