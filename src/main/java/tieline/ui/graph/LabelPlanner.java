package tieline.ui.graph;

import java.util.Arrays;

/**
 * Decides which node labels to draw in a frame and where, so labels stay readable at every
 * zoom: labels have a constant screen size, a node's label is a candidate only when the node
 * is large enough on screen (level of detail) or matters right now (selected, hovered,
 * highlighted), and a label goes below its node (an important or focused node's label else above,
 * right or left of it) and is dropped when it would overlap one already placed wherever it went.
 * The selected node's label is placed first, below its node, so nothing ever covers it.
 */
public final class LabelPlanner {

    /** Width of a text in pixels at a font size. */
    @FunctionalInterface
    public interface TextWidth {
        double of(String text, double fontSize);
    }

    /** Below this screen radius a node's label is only shown when the node is in focus. */
    public static final double MIN_RADIUS_FOR_LABEL = 4.5;
    /** At most this many labels per frame: more would be unreadable anyway. */
    public static final int MAX_LABELS = 350;
    /** The most important nodes are labelled at any zoom, space permitting. */
    public static final int ALWAYS_CANDIDATES = 25;
    private static final int CELL = 4;
    /** Bold text (the selected label) is wider than the measured regular text. */
    private static final double BOLD_WIDTH = 1.12;
    private static final double PADDING = 6;

    private final TextWidth textWidth;
    private boolean[] occupied = new boolean[0];
    private int gridColumns;
    private int gridRows;
    private float[] widthCache = new float[0];
    private GraphScene cachedFor;

    private int count;
    private int[] nodes = new int[MAX_LABELS + 8];
    private float[] xs = new float[MAX_LABELS + 8];
    private float[] ys = new float[MAX_LABELS + 8];
    private float[] sizes = new float[MAX_LABELS + 8];

    public LabelPlanner(TextWidth textWidth) {
        this.textWidth = textWidth;
    }

    /** Font size for a node's label: 11 px for minor nodes up to 14 px for the most important. */
    public static double fontSize(float importance) {
        return 11 + 3 * Math.max(0, Math.min(1, importance));
    }

    /**
     * Plans the labels of one frame.
     *
     * @param visible  nodes on screen, flagged per node index
     * @param focus    nodes in focus (selected, hovered, their neighbours, a path), flagged; may be null
     * @param selected the selected node or -1
     * @param hovered  the hovered node or -1
     */
    public void plan(GraphScene scene, Viewport viewport, double width, double height, boolean[] visible,
                     boolean[] focus, int selected, int hovered) {
        prepareGrid(width, height);
        prepareWidths(scene);
        count = 0;
        if (selected >= 0) {
            tryPlace(scene, viewport, selected, true, BOLD_WIDTH, 1);
        }
        if (hovered >= 0 && hovered != selected) {
            tryPlace(scene, viewport, hovered, false, BOLD_WIDTH, SIDES);
        }
        if (focus != null) {
            for (int i = 0; i < scene.nodeCount() && count < MAX_LABELS; i++) {
                if (focus[i] && visible[i] && i != selected && i != hovered) {
                    tryPlace(scene, viewport, i, false, 1, SIDES);
                }
            }
        }
        double scale = viewport.scale();
        for (int i = 0; i < scene.nodeCount() && count < MAX_LABELS; i++) {
            if (!visible[i] || i == selected || i == hovered || (focus != null && focus[i])) {
                continue;
            }
            if (i >= ALWAYS_CANDIDATES && scene.radius(i) * scale < MIN_RADIUS_FOR_LABEL) {
                continue;
            }
            tryPlace(scene, viewport, i, false, 1, i < ALWAYS_CANDIDATES ? SIDES : 1);
        }
    }

    private void prepareGrid(double width, double height) {
        gridColumns = Math.max(1, (int) Math.ceil(width / CELL));
        gridRows = Math.max(1, (int) Math.ceil(height / CELL));
        int cells = gridColumns * gridRows;
        if (occupied.length < cells) {
            occupied = new boolean[cells];
        } else {
            Arrays.fill(occupied, 0, cells, false);
        }
    }

    private void prepareWidths(GraphScene scene) {
        if (cachedFor != scene) {
            cachedFor = scene;
            widthCache = new float[scene.nodeCount()];
            Arrays.fill(widthCache, -1);
        }
    }

    private float labelWidth(GraphScene scene, int node, double font) {
        if (widthCache[node] < 0) {
            widthCache[node] = (float) (textWidth.of(scene.label(node), fontSize(scene.importance(node)))
                    / fontSize(scene.importance(node)));
        }
        return (float) (widthCache[node] * font);
    }

    /**
     * Places a node's label below the node, else (when {@code sides} allows) above it, to its
     * right or to its left, whichever is free first; a label that fits nowhere is dropped. The
     * most important nodes and those in focus try every side; minor ones only below, so a
     * zoomed-in view does not fill up with text.
     */
    private void tryPlace(GraphScene scene, Viewport viewport, int node, boolean force, double widen, int sides) {
        double font = fontSize(scene.importance(node));
        double w = labelWidth(scene, node, font) * widen;
        double h = font + 2;
        double sx = viewport.toScreenX(scene.x(node));
        double sy = viewport.toScreenY(scene.y(node));
        double r = Math.max(2, scene.radius(node) * viewport.scale());
        for (int side = 0; side < sides; side++) {
            double left = switch (side) {
                case 0, 1 -> sx - w / 2;
                case 2 -> sx + r + 4;
                default -> sx - r - 4 - w;
            };
            double top = switch (side) {
                case 0 -> sy + r + 2;
                case 1 -> sy - r - 2 - h;
                default -> sy - h / 2;
            };
            if (place(node, left, top, w, h, font, force)) {
                return;
            }
        }
    }

    /** Below, above, right, left. */
    private static final int SIDES = 4;

    /** Takes the grid cells of a label at (left, top) when they are free (or when forced); true when placed. */
    private boolean place(int node, double left, double top, double w, double h, double font, boolean force) {
        int c0 = (int) Math.floor((left - PADDING) / CELL);
        int c1 = (int) Math.floor((left + w + PADDING) / CELL);
        int r0 = (int) Math.floor(top / CELL);
        int r1 = (int) Math.floor((top + h) / CELL);
        if (c1 < 0 || r1 < 0 || c0 >= gridColumns || r0 >= gridRows) {
            return false;
        }
        int cc0 = Math.max(0, c0);
        int cc1 = Math.min(gridColumns - 1, c1);
        int rr0 = Math.max(0, r0);
        int rr1 = Math.min(gridRows - 1, r1);
        if (!force) {
            for (int row = rr0; row <= rr1; row++) {
                int base = row * gridColumns;
                for (int col = cc0; col <= cc1; col++) {
                    if (occupied[base + col]) {
                        return false;
                    }
                }
            }
        }
        for (int row = rr0; row <= rr1; row++) {
            int base = row * gridColumns;
            for (int col = cc0; col <= cc1; col++) {
                occupied[base + col] = true;
            }
        }
        nodes[count] = node;
        xs[count] = (float) left;
        ys[count] = (float) top;
        sizes[count] = (float) font;
        count++;
        return true;
    }

    /** Number of labels planned. */
    public int count() {
        return count;
    }

    /** The node of the k-th planned label. */
    public int node(int k) {
        return nodes[k];
    }

    /** Left edge of the k-th label in screen pixels. */
    public float left(int k) {
        return xs[k];
    }

    /** Top edge of the k-th label in screen pixels. */
    public float top(int k) {
        return ys[k];
    }

    /** Font size of the k-th label. */
    public float fontSize(int k) {
        return sizes[k];
    }

    /** Width of the k-th label in pixels. */
    public float width(int k) {
        return labelWidth(cachedFor, nodes[k], sizes[k]);
    }
}
