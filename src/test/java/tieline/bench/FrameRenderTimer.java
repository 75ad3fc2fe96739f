package tieline.bench;

import tieline.layout.LayoutGraph;
import tieline.layout.Positions;

/**
 * Hook for the frame-render column of {@link LayoutBenchmark}: the graph canvas (tieline.ui, not
 * part of the layout package) implements this with a public no-argument constructor and is named on
 * the command line with {@code --frame-timer CLASS}.
 */
public interface FrameRenderTimer {

    /**
     * Draws pan/zoom frames of {@code graph} at {@code positions} and returns the median frame time in
     * milliseconds.
     */
    double medianFrameMillis(LayoutGraph graph, Positions positions);
}
