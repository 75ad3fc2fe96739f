package tieline.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves nodes that would be drawn on top of each other apart, a little at a time, until each
 * keeps a small gap to its neighbours or the iterations run out; nodes stay inside the area.
 * The arrangement is kept, only collisions are resolved. Uses a grid so it stays fast for
 * thousands of nodes; deterministic.
 */
final class NodeSpacing {

    private static final int ITERATIONS = 80;
    private static final double GAP = 2.5;

    private NodeSpacing() {
    }

    static void spread(List<Point2D> points, double[] radius, Rectangle2D area) {
        int n = points.size();
        if (n < 2) {
            return;
        }
        double maxRadius = 0;
        for (double r : radius) {
            maxRadius = Math.max(maxRadius, r);
        }
        double cell = 2 * maxRadius + GAP;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<Long, List<Integer>> grid = new HashMap<>();
            for (int i = 0; i < n; i++) {
                grid.computeIfAbsent(key(points.get(i), cell, 0, 0), k -> new ArrayList<>()).add(i);
            }
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                Point2D p = points.get(i);
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int j : grid.getOrDefault(key(p, cell, dx, dy), List.of())) {
                            if (j <= i) {
                                continue;
                            }
                            moved |= separate(i, j, points, radius);
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double r = radius[i];
                Point2D p = points.get(i);
                p.setLocation(Math.max(area.getX() + r, Math.min(area.getMaxX() - r, p.getX())),
                        Math.max(area.getY() + r, Math.min(area.getMaxY() - r, p.getY())));
            }
            if (!moved) {
                return;
            }
        }
    }

    private static boolean separate(int i, int j, List<Point2D> points, double[] radius) {
        Point2D a = points.get(i);
        Point2D b = points.get(j);
        double want = radius[i] + radius[j] + GAP;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double d = Math.hypot(dx, dy);
        if (d >= want) {
            return false;
        }
        if (d < 1e-6) {
            double angle = (i * 7 + j * 13) % 360 * Math.PI / 180;
            dx = Math.cos(angle);
            dy = Math.sin(angle);
            d = 1;
        }
        double push = (want - d) / 2 * 1.01;
        a.setLocation(a.getX() - dx / d * push, a.getY() - dy / d * push);
        b.setLocation(b.getX() + dx / d * push, b.getY() + dy / d * push);
        return true;
    }

    private static long key(Point2D p, double cell, int dx, int dy) {
        long cx = (long) Math.floor(p.getX() / cell) + dx;
        long cy = (long) Math.floor(p.getY() / cell) + dy;
        return cx * 1_000_003L + cy;
    }
}
