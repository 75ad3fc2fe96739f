package tieline.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * The graph view: one {@link Canvas} showing a software-rendered picture of the
 * {@link GraphViewModel}'s scene (never one JavaFX node per vertex). Drag the background to
 * pan, wheel or {@code +}/{@code -} to zoom, {@code 0} to fit; drag a node to move and pin
 * it, click to select a node or an edge, hover to highlight a node's neighbours. Colours
 * come from CSS ({@code .graph-canvas} in {@code styles/app.css}). Frames are drawn on the
 * next pulse after something changed, at most once per pulse.
 */
public final class GraphCanvas extends Region {

    private static final StyleablePropertyFactory<GraphCanvas> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double CLICK_SLOP = 4;
    private static final double EDGE_HIT = 5;
    private static final double WHEEL_ZOOM = 1.0018;
    private static final double KEY_ZOOM = 1.25;

    private final GraphViewModel model;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final GraphPalette palette = new GraphPalette();
    private final TextSprites sprites = new TextSprites();
    private final GraphRenderer renderer = new GraphRenderer(new LabelPlanner(new TextMeasure()));
    private final Map<String, StyleableProperty<Color>> colours = new HashMap<>();
    private final javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
    private java.util.function.Function<String, List<javafx.scene.control.MenuItem>> menuItems = id -> List.of();
    private RasterImage raster;
    private SpatialGrid grid;
    private GraphScene shownScene;
    private boolean dirty;
    private boolean fitPending = true;
    /** True while the view is the fitted one (no pan or zoom since): a resize fits again. */
    private boolean fitted;
    private String centrePending;
    /** Pixels between the two ends of a relationship brought into view, so both labels fit between. */
    private static final double PAIR_GAP = 220;
    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            paint();
        }
    };
    private boolean painting;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int dragNode = -1;
    private boolean dragged;

    public GraphCanvas(GraphViewModel model) {
        this.model = model;
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        setMinSize(100, 100);
        declareColours();
        model.sceneProperty().addListener((o, a, b) -> sceneChanged());
        model.emphasisProperty().addListener((o, a, b) -> requestPaint());
        model.centreRequestsProperty().addListener((o, a, b) -> centreOn(model.centreTargetProperty().get()));
        model.fitRequestsProperty().addListener((o, a, b) -> fit());
        widthProperty().addListener((o, a, b) -> sizeChanged());
        heightProperty().addListener((o, a, b) -> sizeChanged());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hover(null));
        canvas.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        sceneChanged();
    }

    // ---- colours from CSS ----------------------------------------------------------------

    private void declareColours() {
        colour("-tl-graph-background", palette.background(), palette::setBackground);
        colour("-tl-graph-label", palette.labelText(), palette::setLabelText);
        colour("-tl-graph-label-background", palette.labelBackground(), palette::setLabelBackground);
        colour("-tl-graph-selection", palette.selection(), palette::setSelection);
        colour("-tl-graph-focus", palette.focus(), palette::setFocus);
        colour("-tl-graph-node-outline", palette.nodeOutline(), palette::setNodeOutline);
        colour("-tl-graph-pin", palette.pin(), palette::setPin);
        for (EntityType t : EntityType.values()) {
            colour("-tl-graph-" + cssName(t.name()), palette.node(t), c -> palette.setNode(t, c));
        }
        for (RelationType t : RelationType.values()) {
            colour("-tl-graph-edge-" + cssName(t.name()), palette.edge(t), c -> palette.setEdge(t, c));
        }
    }

    private static String cssName(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private void colour(String css, Color initial, java.util.function.Consumer<Color> apply) {
        StyleableProperty<Color> p = STYLES.createStyleableColorProperty(this, css.substring(1), css,
                s -> s.colours.get(css), initial);
        colours.put(css, p);
        ((javafx.beans.value.ObservableValue<Color>) p).addListener((o, a, b) -> {
            apply.accept(b);
            requestPaint();
        });
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    /** The palette in use (filled from CSS). */
    public GraphPalette palette() {
        return palette;
    }

    // ---- drawing ---------------------------------------------------------------------------

    private void sceneChanged() {
        shownScene = model.scene();
        grid = shownScene == null ? null : new SpatialGrid(shownScene);
        dragNode = -1;
        requestPaint();
    }

    private void sizeChanged() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        if (fitPending || fitted) {
            fit();
        }
        if (centrePending != null) {
            centreOn(centrePending);
        }
        requestPaint();
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    /** Draws again on the next pulse. */
    public void requestPaint() {
        dirty = true;
        if (!painting) {
            painting = true;
            painter.start();
        }
    }

    private void paint() {
        if (!dirty) {
            painter.stop();
            painting = false;
            return;
        }
        dirty = false;
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (w <= 0 || h <= 0) {
            return;
        }
        gc.clearRect(0, 0, w, h);
        if (shownScene == null) {
            gc.setFill(palette.background());
            gc.fillRect(0, 0, w, h);
            return;
        }
        if (raster == null) {
            raster = new RasterImage(w, h);
        }
        raster.ensureSize(w, h);
        Emphasis emphasis = model.emphasisProperty().get();
        if (emphasis == null) {
            emphasis = Emphasis.none(shownScene);
        }
        renderer.draw(raster.raster(), shownScene, grid, viewport, emphasis, palette, sprites);
        if (renderer.labelsMissing() && sprites.renderMissing()) {
            renderer.draw(raster.raster(), shownScene, grid, viewport, emphasis, palette, sprites);
        }
        raster.publish();
        gc.drawImage(raster.image(), 0, 0);
    }

    // ---- view changes ------------------------------------------------------------------------

    /** Fits the whole graph in view. */
    public void fit() {
        if (shownScene == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            fitPending = true;
            return;
        }
        fitPending = false;
        fitted = true;
        viewport.fit(shownScene.bounds(), canvas.getWidth(), canvas.getHeight(), 48);
        requestPaint();
    }

    /** Zooms about the centre of the view. */
    public void zoom(double factor) {
        fitted = false;
        viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        requestPaint();
    }

    private void centreOn(String entityId) {
        if (entityId == null || shownScene == null) {
            return;
        }
        int i = shownScene.indexOf(entityId);
        if (i < 0) {
            return;
        }
        if (canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            centrePending = entityId;
            return;
        }
        centrePending = null;
        fitPending = false;
        fitted = false;
        double wantRadius = 14;
        double r = shownScene.radius(i) * viewport.scale();
        if (r < wantRadius) {
            viewport.set(wantRadius / shownScene.radius(i), viewport.offsetX(), viewport.offsetY());
        }
        String partner = model.centrePartnerProperty().get();
        int j = partner == null ? -1 : shownScene.indexOf(partner);
        if (j >= 0) {
            viewport.framePair(shownScene.x(i), shownScene.y(i), shownScene.x(j), shownScene.y(j), canvas.getWidth(),
                    canvas.getHeight(), PAIR_GAP);
        } else {
            viewport.centreOn(shownScene.x(i), shownScene.y(i), canvas.getWidth() / 2, canvas.getHeight() / 2);
        }
        requestPaint();
    }

    /** Where an entity is drawn, in this canvas's coordinates, or null when it is not shown. */
    public Point2D screenPointOf(String entityId) {
        if (shownScene == null || shownScene.indexOf(entityId) < 0) {
            return null;
        }
        int i = shownScene.indexOf(entityId);
        return new Point2D(viewport.toScreenX(shownScene.x(i)), viewport.toScreenY(shownScene.y(i)));
    }

    /** The middle of a relationship's line, in this canvas's coordinates, or null when it is not shown. */
    public Point2D screenPointOfEdge(String relationshipId) {
        if (shownScene == null || shownScene.edgeIndexOf(relationshipId) < 0) {
            return null;
        }
        int e = shownScene.edgeIndexOf(relationshipId);
        int s = shownScene.source(e);
        int t = shownScene.target(e);
        return new Point2D(viewport.toScreenX((shownScene.x(s) + shownScene.x(t)) / 2),
                viewport.toScreenY((shownScene.y(s) + shownScene.y(t)) / 2));
    }

    /** The entity drawn at a point of this canvas, or null (for context menus). */
    public String entityAt(double x, double y) {
        int node = nodeAt(x, y);
        return node < 0 ? null : shownScene.id(node);
    }

    /** The relationship drawn at a point of this canvas, or null (for context menus). */
    public String relationshipAt(double x, double y) {
        int edge = edgeAt(x, y);
        return edge < 0 ? null : shownScene.edgeId(edge);
    }

    /** The viewport (for tests and the render benchmark). */
    public Viewport viewport() {
        return viewport;
    }

    // ---- input -------------------------------------------------------------------------------

    /** What the right-click menu of a node offers (given the entity id); nothing by default. */
    public void setNodeMenu(java.util.function.Function<String, List<javafx.scene.control.MenuItem>> items) {
        menuItems = items;
    }

    private void contextMenu(javafx.scene.input.ContextMenuEvent e) {
        int node = nodeAt(e.getX(), e.getY());
        menu.hide();
        if (node < 0) {
            return;
        }
        menu.getItems().setAll(menuItems.apply(shownScene.id(node)));
        if (!menu.getItems().isEmpty()) {
            menu.show(canvas, e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private int nodeAt(double x, double y) {
        if (shownScene == null) {
            return -1;
        }
        // 3 px around every node, so tiny nodes (drawn at least 1.5 px wide) can be hit
        return grid.nodeAt(shownScene, viewport.toWorldX(x), viewport.toWorldY(y), 3 / viewport.scale());
    }

    private int edgeAt(double x, double y) {
        if (shownScene == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = EDGE_HIT;
        for (int e = 0; e < shownScene.edgeCount(); e++) {
            double x0 = viewport.toScreenX(shownScene.x(shownScene.source(e)));
            double y0 = viewport.toScreenY(shownScene.y(shownScene.source(e)));
            double x1 = viewport.toScreenX(shownScene.x(shownScene.target(e)));
            double y1 = viewport.toScreenY(shownScene.y(shownScene.target(e)));
            double d = distanceToSegment(x, y, x0, y0, x1, y1);
            if (d <= bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        double cx = x0 + t * dx - px;
        double cy = y0 + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragged = false;
        dragNode = e.getButton() == MouseButton.PRIMARY ? nodeAt(e.getX(), e.getY()) : -1;
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_SLOP) {
            return;
        }
        dragged = true;
        if (dragNode >= 0 && shownScene != null) {
            model.nodeMoved(shownScene.id(dragNode), viewport.toWorldX(e.getX()), viewport.toWorldY(e.getY()));
            renderer.invalidate();
        } else {
            fitted = false;
            viewport.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        requestPaint();
    }

    private void released(MouseEvent e) {
        if (dragged) {
            if (dragNode >= 0) {
                grid = new SpatialGrid(shownScene);
                model.nodeDropped(shownScene.id(dragNode));
            }
            dragNode = -1;
            return;
        }
        dragNode = -1;
        if (e.getButton() != MouseButton.PRIMARY || shownScene == null) {
            return;
        }
        int node = nodeAt(e.getX(), e.getY());
        if (node >= 0) {
            model.nodeClicked(shownScene.id(node));
            return;
        }
        int edge = edgeAt(e.getX(), e.getY());
        if (edge >= 0) {
            model.edgeClicked(shownScene.edgeId(edge));
        } else {
            model.backgroundClicked();
        }
    }

    private void moved(MouseEvent e) {
        int node = nodeAt(e.getX(), e.getY());
        String id = node < 0 ? null : shownScene.id(node);
        if (!java.util.Objects.equals(id, model.hoveredProperty().get())) {
            model.hover(id);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        fitted = false;
        viewport.zoomAt(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX(), e.getY());
        requestPaint();
        e.consume();
    }

    private void typed(KeyEvent e) {
        switch (e.getCharacter()) {
            case "+", "=" -> zoom(KEY_ZOOM);
            case "-", "_" -> zoom(1 / KEY_ZOOM);
            case "0" -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
