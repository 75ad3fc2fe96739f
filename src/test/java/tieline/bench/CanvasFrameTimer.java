package tieline.bench;

import tieline.layout.LayoutGraph;
import tieline.layout.Positions;

/**
 * The graph canvas as {@link LayoutBenchmark}'s frame timer
 * ({@code --frame-timer tieline.bench.CanvasFrameTimer}): median wall time of 40 pan and
 * 40 zoom frames (canvas included, see {@link FrameMeter}) of the graph at the positions given.
 */
public final class CanvasFrameTimer implements FrameRenderTimer {

    @Override
    public double medianFrameMillis(LayoutGraph graph, Positions positions) {
        try {
            FrameMeter.startFx();
            var scene = SyntheticGraphs.scene(graph, positions, 42L);
            int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
            FrameMeter.Times pan = FrameMeter.measure(scene, 40, threads, false);
            FrameMeter.Times zoom = FrameMeter.measure(scene, 40, threads, true);
            double[] all = new double[pan.frame().length + zoom.frame().length];
            System.arraycopy(pan.frame(), 0, all, 0, pan.frame().length);
            System.arraycopy(zoom.frame(), 0, all, pan.frame().length, zoom.frame().length);
            return FrameMeter.Times.percentile(all, 50);
        } catch (Exception e) {
            throw new IllegalStateException("cannot time canvas frames: " + e, e);
        }
    }
}
