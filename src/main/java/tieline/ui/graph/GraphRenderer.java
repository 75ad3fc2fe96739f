package tieline.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.paint.Color;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * Draws a {@link GraphScene} into a {@link Raster} for one frame. Built for thousands of
 * nodes:
 * <ul>
 *   <li>only what is on screen is drawn (edges culled against the screen, nodes through the
 *       {@link SpatialGrid}), tiny nodes become squares, and crowded views draw edges as
 *       plain one-pixel lines;</li>
 *   <li>the frame is split into horizontal bands drawn in parallel (same pixels as one
 *       thread would draw);</li>
 *   <li>edges and nodes are kept in a base picture; a pan by whole pixels shifts it and only
 *       draws the strips that came into view; labels are drawn over a copy each frame,
 *       following the {@link LabelPlanner}'s level of detail.</li>
 * </ul>
 * Faded items are drawn first so emphasised ones stay on top. Plain Java: it runs without a
 * display. One renderer per canvas; not for concurrent use.
 */
public final class GraphRenderer {

    private static final double DIM_OPACITY = 0.10;
    private static final double EDGE_OPACITY = 0.5;
    private static final double FOCUS_EDGE_OPACITY = 0.95;
    private static final double MIN_NODE_RADIUS = 1.5;
    /** Pixels the outline of a node reaches past its fill. */
    private static final double OUTLINE = 1.2;
    private static final double OUTLINE_OPACITY = 0.9;
    /**
     * Above this many edges on screen, edges are drawn as plain one-pixel lines: widths and
     * smoothing cannot be told apart in such a crowd, and it halves the work.
     */
    private static final int THIN_EDGES_ABOVE = 3000;
    /** Pixels an edge's drawing may reach past its ends (half the widest emphasised stroke and then some). */
    private static final int EDGE_REACH = 12;
    /** Pixels a plain one-pixel edge may reach past its ends. */
    private static final int THIN_EDGE_REACH = 2;
    /** Pixels a node's drawing may reach past its radius (outline, minimum size, rings, pins). */
    private static final int MARGIN = 8;
    /** Bands smaller than this are not worth a thread. */
    private static final int MIN_BAND_ROWS = 64;

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()) - 1), r -> {
                Thread t = new Thread(r, "tieline-render");
                t.setDaemon(true);
                return t;
            });

    private final LabelPlanner labels;
    private final int threads;
    private boolean[] visible = new boolean[0];
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private final int[] nodeRgb = new int[EntityType.values().length];
    private final int[] edgeRgb = new int[RelationType.values().length];
    private int drawnNodes;
    private int drawnEdges;
    private boolean thinOnly;
    private boolean labelsMissing;
    private LabelSprite[] labelSprites = new LabelSprite[0];
    private int selectedLabel;

    private Raster base;
    private GraphScene baseScene;
    private Emphasis baseEmphasis;
    private int basePaletteVersion;
    private double baseScale;
    private double baseOffsetX;
    private double baseOffsetY;
    private boolean baseThin;
    private boolean baseValid;
    private boolean lastFrameShifted;
    private int[] stripeStart = new int[0];
    private int[] stripeEdges = new int[0];
    private int[] stripeFill = new int[0];
    /** The crowded frame's one-pixel edges, worked out once for all stripes. */
    private final HairlineSteps lines = new HairlineSteps();
    private int[] edgeStripeFrom = new int[0];
    private int[] edgeStripeTo = new int[0];
    private int[] shownNodes = new int[0];
    private int shownCount;
    private int stripes;

    /** A renderer using up to as many threads as there are processors (at most 8). */
    public GraphRenderer(LabelPlanner labels) {
        this(labels, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /** A renderer drawing each frame in up to {@code threads} bands at once. */
    public GraphRenderer(LabelPlanner labels, int threads) {
        this.labels = labels;
        this.threads = Math.max(1, threads);
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

    /** True when the last frame reused the previous picture, shifted (a pan). */
    public boolean lastFrameShifted() {
        return lastFrameShifted;
    }

    /** The planner of the last frame's labels (for hit testing labels and for tests). */
    public LabelPlanner labels() {
        return labels;
    }

    /** Forgets the kept picture: the next frame is drawn in full. */
    public void invalidate() {
        baseValid = false;
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
        for (EntityType t : EntityType.values()) {
            nodeRgb[t.ordinal()] = rgb(palette.node(t));
        }
        for (RelationType t : RelationType.values()) {
            edgeRgb[t.ordinal()] = rgb(palette.edge(t));
        }
        int n = scene.nodeCount();
        if (visible.length != n) {
            visible = new boolean[n];
            sx = new double[n];
            sy = new double[n];
        }
        grid.markInside(scene, vp.toWorldX(-MARGIN), vp.toWorldY(-MARGIN), vp.toWorldX(width + MARGIN),
                vp.toWorldY(height + MARGIN), visible);
        double scale = vp.scale();
        double ox = vp.offsetX();
        double oy = vp.offsetY();
        for (int i = 0; i < n; i++) {
            sx[i] = scene.x(i) * scale + ox;
            sy[i] = scene.y(i) * scale + oy;
        }
        int onScreen = countEdgesOnScreen(scene, width, height);
        thinOnly = onScreen > THIN_EDGES_ABOVE;
        drawnEdges = onScreen;
        if (shownNodes.length != n) {
            shownNodes = new int[n];
        }
        shownCount = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (visible[i]) {
                shownNodes[shownCount++] = i;
            }
        }
        drawnNodes = shownCount;

        if (base == null || base.width() != width || base.height() != height) {
            base = new Raster(width, height);
            baseValid = false;
        }
        double dx = ox - baseOffsetX;
        double dy = oy - baseOffsetY;
        lastFrameShifted = baseValid && baseScene == scene && baseEmphasis == emphasis
                && basePaletteVersion == palette.version() && baseScale == scale && baseThin == thinOnly
                && dx == Math.rint(dx) && dy == Math.rint(dy) && Math.abs(dx) < width / 2.0
                && Math.abs(dy) < height / 2.0;
        if (lastFrameShifted) {
            int ix = (int) dx;
            int iy = (int) dy;
            base.shift(ix, iy);
            List<Raster> strips = new ArrayList<>();
            if (iy > 0) {
                strips.add(base.region(0, 0, width, iy));
            } else if (iy < 0) {
                strips.add(base.region(0, height + iy, width, height));
            }
            int rowsFrom = Math.max(0, iy);
            int rowsTo = Math.min(height, height + iy);
            if (ix > 0) {
                strips.add(base.region(0, rowsFrom, ix, rowsTo));
            } else if (ix < 0) {
                strips.add(base.region(width + ix, rowsFrom, width, rowsTo));
            }
            for (Raster strip : strips) {
                if (!strip.isEmpty()) {
                    drawBase(strip, -1, scene, emphasis, palette, scale);
                }
            }
        } else {
            binEdges(scene, emphasis, width, height);
            inStripes(base, (stripe, index) -> {
                drawBase(stripe, index, scene, emphasis, palette, scale);
                stripe.copyRegionTo(raster);
            });
        }
        baseValid = true;
        baseScene = scene;
        baseEmphasis = emphasis;
        basePaletteVersion = palette.version();
        baseScale = scale;
        baseOffsetX = ox;
        baseOffsetY = oy;
        baseThin = thinOnly;

        if (lastFrameShifted) {
            base.copyTo(raster);
        }
        planLabels(scene, vp, emphasis, sprites, width, height);
        int text = rgb(palette.labelText());
        int back = rgb(palette.labelBackground());
        double backOpacity = palette.labelBackground().getOpacity();
        int selection = rgb(palette.selection());
        inBands(raster, band -> drawLabels(band, scene, emphasis, text, back, backOpacity, selection));
    }

    /**
     * Rows per stripe: the full redraw is cut into full-width stripes that the drawing threads
     * take one after another (a busy thread takes fewer), each walking only its own edges.
     */
    private static final int STRIPE_ROWS = 128;

    /**
     * Runs a drawing job on the full-width stripes of a raster, spread over the drawing threads.
     * Every stripe is drawn exactly as a whole-frame drawing would draw it.
     */
    private void inStripes(Raster raster, java.util.function.BiConsumer<Raster, Integer> job) {
        List<Raster> parts = new ArrayList<>();
        for (int y = 0; y < raster.height(); y += STRIPE_ROWS) {
            parts.add(raster.band(y, y + STRIPE_ROWS));
        }
        int workers = Math.min(threads, parts.size());
        if (workers <= 1) {
            for (int k = 0; k < parts.size(); k++) {
                job.accept(parts.get(k), k);
            }
            return;
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable drain = () -> {
            for (int k = next.getAndIncrement(); k < parts.size(); k = next.getAndIncrement()) {
                job.accept(parts.get(k), k);
            }
        };
        List<Future<?>> running = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            running.add(WORKERS.submit(drain));
        }
        drain.run();
        awaitAll(running, "stripe");
    }

    /** Runs a drawing job on horizontal bands of a raster, in parallel when the raster is tall enough. */
    private void inBands(Raster raster, java.util.function.Consumer<Raster> job) {
        int bands = Math.max(1, Math.min(threads, raster.height() / MIN_BAND_ROWS));
        if (bands == 1) {
            job.accept(raster);
            return;
        }
        int rows = (raster.height() + bands - 1) / bands;
        List<Future<?>> running = new ArrayList<>();
        for (int b = 1; b < bands; b++) {
            Raster band = raster.band(b * rows, Math.min(raster.height(), (b + 1) * rows));
            Callable<Void> task = () -> {
                job.accept(band);
                return null;
            };
            running.add(WORKERS.submit(task));
        }
        job.accept(raster.band(0, rows));
        awaitAll(running, "band");
    }

    /** Waits for the drawing jobs; a failed one fails the frame, an interrupt ends the wait. */
    private static void awaitAll(List<Future<?>> running, String part) {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException("drawing a " + part + " failed", e.getCause());
            }
        }
    }

    private int countEdgesOnScreen(GraphScene scene, int width, int height) {
        int count = 0;
        for (int e = 0; e < scene.edgeCount(); e++) {
            double x0 = sx[scene.source(e)];
            double y0 = sy[scene.source(e)];
            double x1 = sx[scene.target(e)];
            double y1 = sy[scene.target(e)];
            if (!((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > width && x1 > width)
                    || (y0 > height && y1 > height))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Sorts the edges into the stripes their rows (grown by how far their drawing reaches)
     * touch, in edge order, so each stripe walks only its own edges; edges beside or beyond
     * the screen go nowhere. A counting sort: one pass to count, one to place.
     */
    private void binEdges(GraphScene scene, Emphasis emphasis, int width, int height) {
        stripes = (height + STRIPE_ROWS - 1) / STRIPE_ROWS;
        if (stripeStart.length < stripes + 1) {
            stripeStart = new int[stripes + 1];
            stripeFill = new int[stripes];
        }
        java.util.Arrays.fill(stripeStart, 0, stripes + 1, 0);
        int m = scene.edgeCount();
        if (edgeStripeFrom.length < m) {
            edgeStripeFrom = new int[m];
            edgeStripeTo = new int[m];
        }
        if (thinOnly) {
            lines.ensure(m);
        }
        int total = 0;
        for (int e = 0; e < m; e++) {
            double x0 = sx[scene.source(e)];
            double y0 = sy[scene.source(e)];
            double x1 = sx[scene.target(e)];
            double y1 = sy[scene.target(e)];
            double reach = thinOnly && !emphasis.isEdgeFocused(e) ? THIN_EDGE_REACH : EDGE_REACH;
            int from = 1;
            int to = 0;
            if (Math.max(x0, x1) >= -reach && Math.min(x0, x1) <= width + reach) {
                from = Math.max(0, (int) Math.floor((Math.min(y0, y1) - reach) / STRIPE_ROWS));
                to = Math.min(stripes - 1, (int) Math.floor((Math.max(y0, y1) + reach) / STRIPE_ROWS));
            }
            edgeStripeFrom[e] = from;
            edgeStripeTo[e] = to;
            if (from <= to && thinOnly) {
                lines.set(e, x0, y0, x1, y1);
            }
            for (int k = from; k <= to; k++) {
                stripeStart[k + 1]++;
            }
            total += Math.max(0, to - from + 1);
        }
        for (int k = 0; k < stripes; k++) {
            stripeStart[k + 1] += stripeStart[k];
        }
        if (stripeEdges.length < total) {
            stripeEdges = new int[Math.max(total, 2 * stripeEdges.length)];
        }
        System.arraycopy(stripeStart, 0, stripeFill, 0, stripes);
        for (int e = 0; e < m; e++) {
            for (int k = edgeStripeFrom[e]; k <= edgeStripeTo[e]; k++) {
                stripeEdges[stripeFill[k]++] = e;
            }
        }
    }

    /** Edges, nodes and marks, clipped to the raster view given ({@code stripe}: its bin, or -1 for all edges). */
    private void drawBase(Raster band, int stripe, GraphScene scene, Emphasis emphasis, GraphPalette palette,
                          double scale) {
        band.clear(rgb(palette.background()));
        int from = stripe < 0 ? 0 : stripeStart[stripe];
        int to = stripe < 0 ? scene.edgeCount() : stripeStart[stripe + 1];
        int[] list = stripe < 0 ? null : stripeEdges;
        if (emphasis.dimOthers) {
            drawEdges(band, scene, emphasis, 0, list, from, to);
        }
        drawEdges(band, scene, emphasis, 1, list, from, to);
        drawEdges(band, scene, emphasis, 2, list, from, to);
        drawSelectedEdge(band, scene, emphasis, palette);
        if (emphasis.dimOthers) {
            drawNodes(band, scene, emphasis, palette, scale, true);
        }
        drawNodes(band, scene, emphasis, palette, scale, false);
        drawMarks(band, scene, emphasis, palette, scale);
    }

    /** Pass 0: faded edges; 1: ordinary; 2: emphasised. Edges {@code list[from..to)}, or all when list is null. */
    private void drawEdges(Raster band, GraphScene scene, Emphasis emphasis, int pass, int[] list, int from, int to) {
        double opacity = pass == 0 ? DIM_OPACITY : pass == 1 ? EDGE_OPACITY : FOCUS_EDGE_OPACITY;
        int left = band.left();
        int right = band.right();
        int top = band.top();
        int bottom = band.bottom();
        for (int k = from; k < to; k++) {
            int e = list == null ? k : list[k];
            if (e == emphasis.selectedEdge) {
                continue;
            }
            int edgePass = emphasis.isEdgeFocused(e) ? 2 : emphasis.isEdgeDimmed(e) ? 0 : 1;
            if (edgePass != pass) {
                continue;
            }
            int s = scene.source(e);
            int t = scene.target(e);
            double x0 = sx[s];
            double y0 = sy[s];
            double x1 = sx[t];
            double y1 = sy[t];
            if ((x0 < left - 4 && x1 < left - 4) || (y0 < top - 4 && y1 < top - 4) || (x0 > right + 4 && x1 > right + 4)
                    || (y0 > bottom + 4 && y1 > bottom + 4)) {
                continue;
            }
            if (thinOnly && pass != 2) {
                if (list != null) {
                    band.hairline(lines, e, edgeRgb[scene.edgeType(e).ordinal()], opacity);
                } else {
                    band.hairline(x0, y0, x1, y1, edgeRgb[scene.edgeType(e).ordinal()], opacity);
                }
            } else {
                double w = pass == 2 ? scene.edgeWidth(e) + 0.5 : scene.edgeWidth(e);
                band.line(x0, y0, x1, y1, w, edgeRgb[scene.edgeType(e).ordinal()], opacity);
            }
        }
    }

    private void drawSelectedEdge(Raster band, GraphScene scene, Emphasis emphasis, GraphPalette palette) {
        int e = emphasis.selectedEdge;
        if (e < 0) {
            return;
        }
        double x0 = sx[scene.source(e)];
        double y0 = sy[scene.source(e)];
        double x1 = sx[scene.target(e)];
        double y1 = sy[scene.target(e)];
        double w = scene.edgeWidth(e) + 2;
        band.line(x0, y0, x1, y1, w + 6, rgb(palette.selection()), 0.35);
        band.line(x0, y0, x1, y1, w, edgeRgb[scene.edgeType(e).ordinal()], 1);
    }

    private void drawNodes(Raster band, GraphScene scene, Emphasis emphasis, GraphPalette palette, double scale,
                           boolean dimPass) {
        int outline = rgb(palette.nodeOutline());
        double opacity = dimPass ? DIM_OPACITY * 2.5 : 1;
        int top = band.top();
        int bottom = band.bottom();
        double[] xs = new double[4];
        double[] ys = new double[4];
        double[] hxs = new double[4];
        double[] hys = new double[4];
        for (int k = 0; k < shownCount; k++) {
            int i = shownNodes[k];
            if (emphasis.isDimmed(i) != dimPass) {
                continue;
            }
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(i) * scale);
            double reach = 2 * r + MARGIN;
            if (sy[i] + reach < top || sy[i] - reach > bottom || sx[i] + reach < band.left()
                    || sx[i] - reach > band.right()) {
                continue;
            }
            int colour = nodeRgb[scene.type(i).ordinal()];
            if (r <= 2.5) {
                band.fillRect(sx[i] - r, sy[i] - r, 2 * r, 2 * r, colour, opacity);
            } else {
                if (!dimPass) {
                    fillOutline(band, scene.type(i), sx[i], sy[i], r, outline, xs, ys, hxs, hys);
                }
                fillShape(band, scene.type(i), sx[i], sy[i], r, colour, opacity, xs, ys);
            }
        }
    }

    private static void fillShape(Raster band, EntityType type, double x, double y, double r, int colour,
                                  double opacity, double[] xs, double[] ys) {
        switch (type) {
            case PERSON -> band.fillDisc(x, y, r, colour, opacity);
            case ORGANIZATION -> {
                double h = r * 0.88;
                band.fillRect(x - h, y - h, 2 * h, 2 * h, colour, opacity);
            }
            case TOPIC -> band.convex(diamond(x, y, r, xs, ys), ys, 4, colour, opacity, 0);
            case PLACE -> band.convex(triangle(x, y, r, xs, ys), ys, 3, colour, opacity, 0);
        }
    }

    /**
     * The outline ring of a node: its shape grown by {@link #OUTLINE} under the opaque fill of
     * radius {@code r} drawn next, leaving out the pixels that fill covers wholly (same pixels
     * as filling the grown shape and then the shape).
     */
    private static void fillOutline(Raster band, EntityType type, double x, double y, double r, int colour,
                                    double[] xs, double[] ys, double[] hxs, double[] hys) {
        double grown = r + OUTLINE;
        switch (type) {
            case PERSON -> band.fillDiscUnder(x, y, grown, colour, OUTLINE_OPACITY, r);
            case ORGANIZATION -> {
                double h = grown * 0.88;
                double hole = r * 0.88;
                band.fillRectUnder(x - h, y - h, 2 * h, 2 * h, colour, OUTLINE_OPACITY, x - hole, y - hole, 2 * hole,
                        2 * hole);
            }
            case TOPIC -> band.convexUnder(diamond(x, y, grown, xs, ys), ys, 4, colour, OUTLINE_OPACITY, 0,
                    diamond(x, y, r, hxs, hys), hys);
            case PLACE -> band.convexUnder(triangle(x, y, grown, xs, ys), ys, 3, colour, OUTLINE_OPACITY, 0,
                    triangle(x, y, r, hxs, hys), hys);
        }
    }

    private static void strokeShape(Raster band, EntityType type, double x, double y, double r, double lineWidth,
                                    int colour) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        switch (type) {
            case PERSON -> band.strokeCircle(x, y, r, lineWidth, colour, 1);
            case ORGANIZATION -> {
                double h = r * 0.88;
                xs[0] = x - h; ys[0] = y - h;
                xs[1] = x + h; ys[1] = y - h;
                xs[2] = x + h; ys[2] = y + h;
                xs[3] = x - h; ys[3] = y + h;
                band.convex(xs, ys, 4, colour, 1, lineWidth);
            }
            case TOPIC -> band.convex(diamond(x, y, r, xs, ys), ys, 4, colour, 1, lineWidth);
            case PLACE -> band.convex(triangle(x, y, r, xs, ys), ys, 3, colour, 1, lineWidth);
        }
    }

    /** Fills xs/ys with a diamond around (x, y); returns xs. */
    private static double[] diamond(double x, double y, double r, double[] xs, double[] ys) {
        double d = r * 1.25;
        xs[0] = x; xs[1] = x + d; xs[2] = x; xs[3] = x - d;
        ys[0] = y - d; ys[1] = y; ys[2] = y + d; ys[3] = y;
        return xs;
    }

    /** Fills xs/ys with a triangle around (x, y); returns xs. */
    private static double[] triangle(double x, double y, double r, double[] xs, double[] ys) {
        double d = r * 1.3;
        xs[0] = x; xs[1] = x + d * 0.9; xs[2] = x - d * 0.9;
        ys[0] = y - d; ys[1] = y + d * 0.6; ys[2] = y + d * 0.6;
        return xs;
    }

    private void drawMarks(Raster band, GraphScene scene, Emphasis emphasis, GraphPalette palette, double scale) {
        int pin = rgb(palette.pin());
        for (int k = shownCount - 1; k >= 0; k--) {
            int i = shownNodes[k];
            if (emphasis.isPinned(i)) {
                double r = Math.max(MIN_NODE_RADIUS, scene.radius(i) * scale);
                band.fillDisc(sx[i] + r * 0.75, sy[i] - r * 0.75, 2.6, pin, 1);
            }
        }
        int hovered = emphasis.hoveredNode;
        if (hovered >= 0 && visible[hovered]) {
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(hovered) * scale) + 3;
            strokeShape(band, scene.type(hovered), sx[hovered], sy[hovered], r, 2, rgb(palette.focus()));
        }
        int selected = emphasis.selectedNode;
        if (selected >= 0 && visible[selected]) {
            double r = Math.max(MIN_NODE_RADIUS, scene.radius(selected) * scale) + 4;
            strokeShape(band, scene.type(selected), sx[selected], sy[selected], r, 3, rgb(palette.selection()));
        }
    }

    /** Plans the labels and fetches their text (on the calling thread: sprite stores are not thread-safe). */
    private void planLabels(GraphScene scene, Viewport vp, Emphasis emphasis, LabelSprites sprites, int width,
                            int height) {
        labels.plan(scene, vp, width, height, visible, emphasis.focusNodes, emphasis.selectedNode,
                emphasis.hoveredNode);
        labelsMissing = false;
        selectedLabel = -1;
        if (labelSprites.length < labels.count()) {
            labelSprites = new LabelSprite[Math.max(labels.count(), 2 * labelSprites.length)];
        }
        for (int k = 0; k < labels.count(); k++) {
            int node = labels.node(k);
            boolean bold = node == emphasis.hoveredNode || node == emphasis.selectedNode;
            if (node == emphasis.selectedNode) {
                selectedLabel = k;
            }
            labelSprites[k] = sprites.sprite(scene.label(node), Math.round(labels.fontSize(k)), bold);
            labelsMissing |= labelSprites[k] == null;
        }
    }

    private void drawLabels(Raster band, GraphScene scene, Emphasis emphasis, int text, int back, double backOpacity,
                            int selection) {
        for (int k = labels.count() - 1; k >= 0; k--) {
            LabelSprite sprite = labelSprites[k];
            if (k == selectedLabel || sprite == null) {
                continue;
            }
            int left = Math.round(labels.left(k));
            int top = Math.round(labels.top(k));
            if (top > band.bottom() || top + sprite.height() < band.top()) {
                continue;
            }
            double opacity = emphasis.isDimmed(labels.node(k)) ? 0.3 : 1;
            band.fillRect(left - 2, top, sprite.width() + 4, sprite.height(), back, backOpacity * opacity);
            band.mask(sprite.coverage(), sprite.width(), sprite.height(), left, top, text, opacity);
        }
        if (selectedLabel >= 0 && labelSprites[selectedLabel] != null) {
            LabelSprite sprite = labelSprites[selectedLabel];
            int left = Math.round(labels.left(selectedLabel));
            int top = Math.round(labels.top(selectedLabel));
            double x0 = left - 4;
            double y0 = top - 2;
            double x1 = left + sprite.width() + 4;
            double y1 = top + sprite.height() + 1;
            band.fillRect(x0, y0, x1 - x0, y1 - y0, back, 1);
            band.line(x0, y0 + 0.75, x1, y0 + 0.75, 1.5, selection, 1);
            band.line(x0, y1 - 0.75, x1, y1 - 0.75, 1.5, selection, 1);
            band.line(x0 + 0.75, y0, x0 + 0.75, y1, 1.5, selection, 1);
            band.line(x1 - 0.75, y0, x1 - 0.75, y1, 1.5, selection, 1);
            band.mask(sprite.coverage(), sprite.width(), sprite.height(), left, top, text, 1);
        }
    }
}
