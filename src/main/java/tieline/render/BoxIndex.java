package tieline.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform grid over an area that answers "how much does this box overlap the boxes already
 * taken" without comparing against every box, so label placement stays fast for large graphs.
 */
final class BoxIndex {

    private final Rectangle2D area;
    private final double cell;
    private final int columns;
    private final int rows;
    private final List<List<Rectangle2D>> cells;

    BoxIndex(Rectangle2D area, double cell) {
        this.area = area;
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(area.getWidth() / cell));
        this.rows = Math.max(1, (int) Math.ceil(area.getHeight() / cell));
        this.cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>());
        }
    }

    void add(Rectangle2D box) {
        forCells(box, list -> list.add(box));
    }

    /** Total area of the taken boxes the box overlaps, ignoring {@code allowed} (compared by value). */
    double overlapArea(Rectangle2D box, Rectangle2D allowed) {
        Map<Rectangle2D, Boolean> seen = new IdentityHashMap<>();
        double[] total = {0};
        forCells(box, list -> {
            for (Rectangle2D other : list) {
                if (seen.put(other, Boolean.TRUE) != null || other.equals(allowed)) {
                    continue;
                }
                Rectangle2D inter = box.createIntersection(other);
                if (inter.getWidth() > 0 && inter.getHeight() > 0) {
                    total[0] += inter.getWidth() * inter.getHeight();
                }
            }
        });
        return total[0];
    }

    private void forCells(Rectangle2D box, java.util.function.Consumer<List<Rectangle2D>> action) {
        int c0 = clamp((int) Math.floor((box.getX() - area.getX()) / cell), columns);
        int c1 = clamp((int) Math.floor((box.getMaxX() - area.getX()) / cell), columns);
        int r0 = clamp((int) Math.floor((box.getY() - area.getY()) / cell), rows);
        int r1 = clamp((int) Math.floor((box.getMaxY() - area.getY()) / cell), rows);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                action.accept(cells.get(r * columns + c));
            }
        }
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }
}
