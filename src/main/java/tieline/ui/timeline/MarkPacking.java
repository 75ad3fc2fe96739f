package tieline.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Stacks marks that would overlap: each mark (an interval on the axis, in pixels) goes to the
 * lowest level whose last mark ends before it starts. Marks at close dates therefore sit
 * above one another instead of hiding each other.
 */
final class MarkPacking {

    private MarkPacking() {
    }

    /**
     * @param left  each mark's left edge
     * @param width each mark's width
     * @param gap   space to keep between marks on one level
     * @return each mark's level, 0 = first
     */
    static int[] levels(double[] left, double[] width, double gap) {
        Integer[] order = new Integer[left.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> left[i]));
        List<Double> levelEnds = new ArrayList<>();
        int[] levels = new int[left.length];
        for (int i : order) {
            int level = 0;
            while (level < levelEnds.size() && levelEnds.get(level) + gap > left[i]) {
                level++;
            }
            if (level == levelEnds.size()) {
                levelEnds.add(0.0);
            }
            levelEnds.set(level, left[i] + width[i]);
            levels[i] = level;
        }
        return levels;
    }
}
