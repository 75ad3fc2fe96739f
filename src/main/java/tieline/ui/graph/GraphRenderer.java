package tieline.ui.graph;

import javafx.scene.paint.Color;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * Draws a {@link GraphScene} into a {@link Raster} for one frame. Built for thousands of
 * nodes: only what is on screen is drawn (edges culled against the screen, nodes through the
 * {@link SpatialGrid}), tiny nodes become squares, and labels follow the
 * {@link LabelPlanner}'s level of detail. Faded items are drawn first so emphasised ones stay
 * on top. Plain Java: it runs without a display.
 */
public final class GraphRenderer {

    private static final double DIM_OPACITY = 0.10;
    private static final double EDGE_OPACITY = 0.5;
    private static final double FOCUS_EDGE_OPACITY = 0.95;
    private static final double MIN_NODE_RADIUS = 1.5;

    private final LabelPlanner labels;
    private boolean[] visible = new boolean[0];
    private float[] sx = new float[0];
    private float[] sy = new float[0];
    private final double[] polyX = new double[4];
    private final double[] polyY = new double[4];
    private final int[] nodeRgb = new int[EntityType.values().length];
    private final int[] edgeRgb = new int[RelationType.values().length];
    private int drawnNodes;
    private int drawnEdges;
    private boolean labelsMissing;

    public GraphRenderer(LabelPlanner labels) {
        this.labels = labels;
    }

    /** Nodes drawn in the last frame. */
    public int drawnNodes() {
        return drawnNodes;
    }

    /** Edges drawn in the last frame. */
    public int drawnEdges() {
        return drawnEdges;
    }

    /** Labels planned in the last frame. */
    public int drawnLabels() {
        return labels.count();
    }

    /** True when the last frame lacked some label text not yet rendered. */
    public boolean labelsMissing() {
        return labelsMissing;
    }

    /** The planner of the last frame's labels (for hit testing labels and for tests). */
    public LabelPlanner labels() {
        return labels;
    }

    static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Draws one frame filling the raster. */
    public void draw(Raster raster, GraphScene scene, SpatialGrid grid, Viewport vp, Emphasis emphasis,
                     GraphPalette palette, LabelSprites sprites) {
        int width = raster.width();
        int height = raster.height();
        raster.clear(rgb(palette.background()));
        for (EntityType t : EntityType.values()) {
            nodeRgb[t.ordinal()] = rgb(palette.node(t));
        }
        for (RelationType t : RelationType.values()) {
            edgeRgb[t.ordinal()] = rgb(palette.edge(t));
        }
        int n = scene.nodeCount();
        if (visible.length != n) {
            visible = new boolean[n];
            sx = new float[n];
            sy = new float[n];
        }
        grid.markInside(scene, vp.toWorldX(0), vp.toWorldY(0), vp.toWorldX(width), vp.toWorldY(height), visible);
        double scale = vp.scale();
        double ox = vp.offsetX();
        double oy = vp.offsetY();
        for (int i = 0; i < n; i++) {
            sx[i] = (float) (scene.x(i) * scale + ox);
            sy[i] = (float) (scene.y(i) * scale + oy);
        }
        drawnEdges = 0;
        if (emphasis.dimOthers) {
            drawEdges(raster, scene, emphasis, 0, width, height);
        }
        drawEdges(raster, scene, emphasis, 1, width, height);
        drawEdges(raster, scene, emphasis, 2, width, height);
        drawSelectedEdge(raster, scene, emphasis, palette);
        drawnNodes = 0;
        if (emphasis.dimOthers) {
            drawNodes(raster, scene, emphasis, palette, scale, true);
        }
        drawNodes(raster, scene, emphasis, palette, scale, false);
        drawMarks(raster, scene, emphasis, palette, scale);
        drawLabels(raster, scene, vp, emphasis, palette, sprites);
    }

    /** Pass 0: faded edges; 1: ordinary; 2: emphasised. */
    private void drawEdges(Raster raster, GraphScene scene, Emphasis emphasis, int pass, int width, int height) {
        int m = scene.edgeCount();
        double opacity = pass == 0 ? DIM_OPACITY : pass == 1 ? EDGE_OPACITY : FOCUS_EDGE_OPACITY;
        for (int e = 0; e < m; e++) {
            if (e == emphasis.selectedEdge) {
                continue;
            }
            int edgePass = emphasis.isEdgeFocused(e) ? 2 : emphasis.isEdgeDimmed(e) ? 0 : 1;
            if (edgePass != pass) {
                continue;
            }
            int s = scene.source(e);
            int t = scene.target(e);
            float x0 = sx[s];
            float y0 = sy[s];
            float x1 = sx[t];
            float y1 = sy[t];
            if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > width && x1 > width)
                    || (y0 > height && y1 > height)) {
                continue;
            }
            double w = scene.edgeWidth(e) + (pass == 2 ? 0.5 : 0);
            raster.line(x0, y0, x1, y1, w, edgeRgb[scene.edgeType(e).ordinal()], opacity);
            drawnEdges++;
        }
    }

    private void drawSelectedEdge(Raster raster, GraphScene scene, Emphasis emphasis, GraphPalette palette) {
        int e = emphasis.selectedEdge;
        if (e < 0) {
            return;
        }
        float x0 = sx[scene.source(e)];
        float y0 = sy[scene.source(e)];
        float x1 = sx[scene.target(e)];
        float y1 = sy[scene.target(e)];
        double w = scene.edgeWidth(e) + 2;
        raster.line(x0, y0, x1, y1, w + 6, rgb(palette.selection()), 0.35);
        raster.line(x0, y0, x1, y1, w, edgeRgb[scene.edgeType(e).ordinal()], 1);
        drawnEdges++;
    }

    private void drawNodes(Raster raster, GraphScene scene, Emphasis emphasis, GraphPalette palette, double scale,
                           boolean dimPass) {
        int outline = rgb(palette.nodeOutline());
        double opacity = dimPass ? DIM_OPACITY * 2.5 : 1;
        for (int i = scene.nodeCount() - 1; i >= 0; i--) {
            if (!visible[i] || emphasis.isDimmed(i) != dimPass) {
                continue;
            }
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(i) * scale);
            int colour = nodeRgb[scene.type(i).ordinal()];
            if (r <= 2.5) {
                raster.fillRect(sx[i] - r, sy[i] - r, 2 * r, 2 * r, colour, opacity);
            } else {
                if (!dimPass) {
                    fillShape(raster, scene.type(i), sx[i], sy[i], r + 1.2, outline, 0.9);
                }
                fillShape(raster, scene.type(i), sx[i], sy[i], r, colour, opacity);
            }
            drawnNodes++;
        }
    }

    private void fillShape(Raster raster, EntityType type, double x, double y, double r, int colour, double opacity) {
        switch (type) {
            case PERSON -> raster.fillDisc(x, y, r, colour, opacity);
            case ORGANIZATION -> {
                double h = r * 0.88;
                raster.fillRect(x - h, y - h, 2 * h, 2 * h, colour, opacity);
            }
            case TOPIC -> raster.convex(diamondX(x, r), diamondY(y, r), 4, colour, opacity, 0);
            case PLACE -> raster.convex(triangleX(x, r), triangleY(y, r), 3, colour, opacity, 0);
        }
    }

    private void strokeShape(Raster raster, EntityType type, double x, double y, double r, double lineWidth,
                             int colour) {
        switch (type) {
            case PERSON -> raster.strokeCircle(x, y, r, lineWidth, colour, 1);
            case ORGANIZATION -> {
                double h = r * 0.88;
                polyX[0] = x - h; polyY[0] = y - h;
                polyX[1] = x + h; polyY[1] = y - h;
                polyX[2] = x + h; polyY[2] = y + h;
                polyX[3] = x - h; polyY[3] = y + h;
                raster.convex(polyX, polyY, 4, colour, 1, lineWidth);
            }
            case TOPIC -> raster.convex(diamondX(x, r), diamondY(y, r), 4, colour, 1, lineWidth);
            case PLACE -> raster.convex(triangleX(x, r), triangleY(y, r), 3, colour, 1, lineWidth);
        }
    }

    private double[] diamondX(double x, double r) {
        double d = r * 1.25;
        polyX[0] = x; polyX[1] = x + d; polyX[2] = x; polyX[3] = x - d;
        return polyX;
    }

    private double[] diamondY(double y, double r) {
        double d = r * 1.25;
        polyY[0] = y - d; polyY[1] = y; polyY[2] = y + d; polyY[3] = y;
        return polyY;
    }

    private double[] triangleX(double x, double r) {
        double d = r * 1.3;
        polyX[0] = x; polyX[1] = x + d * 0.9; polyX[2] = x - d * 0.9;
        return polyX;
    }

    private double[] triangleY(double y, double r) {
        double d = r * 1.3;
        polyY[0] = y - d; polyY[1] = y + d * 0.6; polyY[2] = y + d * 0.6;
        return polyY;
    }

    private void drawMarks(Raster raster, GraphScene scene, Emphasis emphasis, GraphPalette palette, double scale) {
        int pin = rgb(palette.pin());
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (visible[i] && emphasis.isPinned(i)) {
                double r = Math.max(MIN_NODE_RADIUS, scene.radius(i) * scale);
                raster.fillDisc(sx[i] + r * 0.75, sy[i] - r * 0.75, 2.6, pin, 1);
            }
        }
        int hovered = emphasis.hoveredNode;
        if (hovered >= 0 && visible[hovered]) {
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(hovered) * scale) + 3;
            strokeShape(raster, scene.type(hovered), sx[hovered], sy[hovered], r, 2, rgb(palette.focus()));
        }
        int selected = emphasis.selectedNode;
        if (selected >= 0 && visible[selected]) {
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(selected) * scale) + 4;
            strokeShape(raster, scene.type(selected), sx[selected], sy[selected], r, 3, rgb(palette.selection()));
        }
    }

    private void drawLabels(Raster raster, GraphScene scene, Viewport vp, Emphasis emphasis, GraphPalette palette,
                            LabelSprites sprites) {
        labels.plan(scene, vp, raster.width(), raster.height(), visible, emphasis.focusNodes,
                emphasis.selectedNode, emphasis.hoveredNode);
        labelsMissing = false;
        int text = rgb(palette.labelText());
        int back = rgb(palette.labelBackground());
        double backOpacity = palette.labelBackground().getOpacity();
        int selectedLabel = -1;
        for (int k = labels.count() - 1; k >= 0; k--) {
            int node = labels.node(k);
            if (node == emphasis.selectedNode) {
                selectedLabel = k;
                continue;
            }
            boolean bold = node == emphasis.hoveredNode;
            LabelSprite sprite = sprites.sprite(scene.label(node), Math.round(labels.fontSize(k)), bold);
            if (sprite == null) {
                labelsMissing = true;
                continue;
            }
            double opacity = emphasis.isDimmed(node) ? 0.3 : 1;
            int left = Math.round(labels.left(k));
            int top = Math.round(labels.top(k));
            raster.fillRect(left - 2, top, sprite.width() + 4, sprite.height(), back, backOpacity * opacity);
            raster.mask(sprite.coverage(), sprite.width(), sprite.height(), left, top, text, opacity);
        }
        if (selectedLabel >= 0) {
            int node = labels.node(selectedLabel);
            LabelSprite sprite = sprites.sprite(scene.label(node), Math.round(labels.fontSize(selectedLabel)), true);
            if (sprite == null) {
                labelsMissing = true;
                return;
            }
            int left = Math.round(labels.left(selectedLabel));
            int top = Math.round(labels.top(selectedLabel));
            int selection = rgb(palette.selection());
            double x0 = left - 4;
            double y0 = top - 2;
            double x1 = left + sprite.width() + 4;
            double y1 = top + sprite.height() + 1;
            raster.fillRect(x0, y0, x1 - x0, y1 - y0, back, 1);
            raster.line(x0, y0 + 0.75, x1, y0 + 0.75, 1.5, selection, 1);
            raster.line(x0, y1 - 0.75, x1, y1 - 0.75, 1.5, selection, 1);
            raster.line(x0 + 0.75, y0, x0 + 0.75, y1, 1.5, selection, 1);
            raster.line(x1 - 0.75, y0, x1 - 0.75, y1, 1.5, selection, 1);
            raster.mask(sprite.coverage(), sprite.width(), sprite.height(), left, top, text, 1);
        }
    }
}
