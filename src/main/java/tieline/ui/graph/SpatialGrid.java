package tieline.ui.graph;

import java.util.Arrays;

/**
 * A uniform grid over the nodes' world positions for hit testing and for finding the nodes
 * inside the visible rectangle without scanning them all. Rebuilt (in linear time) whenever
 * positions change.
 */
public final class SpatialGrid {

    private final float minX;
    private final float minY;
    private final float cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] members;
    private final float maxRadius;

    /** Indexes the scene's current positions. */
    public SpatialGrid(GraphScene scene) {
        int n = scene.nodeCount();
        float[] b = scene.bounds();
        minX = b[0];
        minY = b[1];
        float w = Math.max(1f, b[2] - b[0]);
        float h = Math.max(1f, b[3] - b[1]);
        int target = Math.max(1, n / 2);
        float c = (float) Math.sqrt(w * h / target);
        float largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, scene.radius(i));
        }
        maxRadius = largest;
        cell = Math.max(c, 1f);
        columns = Math.max(1, Math.min(4096, (int) Math.ceil(w / cell) + 1));
        rows = Math.max(1, Math.min(4096, (int) Math.ceil(h / cell) + 1));
        int cells = columns * rows;
        int[] counts = new int[cells + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cellIndex(scene.x(i), scene.y(i));
            counts[cellOf[i] + 1]++;
        }
        for (int k = 0; k < cells; k++) {
            counts[k + 1] += counts[k];
        }
        cellStart = counts;
        members = new int[n];
        int[] fill = Arrays.copyOf(counts, cells);
        for (int i = 0; i < n; i++) {
            members[fill[cellOf[i]]++] = i;
        }
    }

    private int column(float wx) {
        return Math.max(0, Math.min(columns - 1, (int) ((wx - minX) / cell)));
    }

    private int row(float wy) {
        return Math.max(0, Math.min(rows - 1, (int) ((wy - minY) / cell)));
    }

    private int cellIndex(float wx, float wy) {
        return row(wy) * columns + column(wx);
    }

    /**
     * The node under a world point: the one whose disc (radius grown by {@code slack} world
     * units) contains the point, nearest centre first; -1 when none.
     */
    public int nodeAt(GraphScene scene, double wx, double wy, double slack) {
        double reach = maxRadius + slack;
        int c0 = column((float) (wx - reach));
        int c1 = column((float) (wx + reach));
        int r0 = row((float) (wy - reach));
        int r1 = row((float) (wy + reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                for (int m = cellStart[k]; m < cellStart[k + 1]; m++) {
                    int i = members[m];
                    double dx = scene.x(i) - wx;
                    double dy = scene.y(i) - wy;
                    double d = Math.sqrt(dx * dx + dy * dy);
                    double hit = scene.radius(i) + slack;
                    if (d <= hit && d - hit < bestDistance) {
                        bestDistance = d - hit;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Marks in {@code out} (one flag per node) the nodes whose centre lies in the world
     * rectangle grown by the largest radius; returns how many were marked.
     */
    public int markInside(GraphScene scene, double x0, double y0, double x1, double y1, boolean[] out) {
        Arrays.fill(out, false);
        double grow = maxRadius;
        int c0 = column((float) (x0 - grow));
        int c1 = column((float) (x1 + grow));
        int r0 = row((float) (y0 - grow));
        int r1 = row((float) (y1 + grow));
        int count = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                for (int m = cellStart[k]; m < cellStart[k + 1]; m++) {
                    int i = members[m];
                    float px = scene.x(i);
                    float py = scene.y(i);
                    float rad = scene.radius(i);
                    if (px + rad >= x0 && px - rad <= x1 && py + rad >= y0 && py - rad <= y1) {
                        out[i] = true;
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
