package tieline.ui.graph;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import tieline.graph.GraphPath;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.ui.Selection;

/**
 * The graph canvas's state: the scene to draw (rebuilt when the view or the picture changes),
 * what to emphasise (selection, hover, path, pins), and requests to centre on an entity or
 * fit the whole graph. The canvas reports clicks, hovering and dragging here; this class
 * turns them into selection and pin changes.
 */
public final class GraphViewModel {

    private final ObjectProperty<Selection> selection;
    private final StringProperty hovered = new SimpleStringProperty();
    private final ObjectProperty<GraphPath> path;
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Emphasis> emphasis = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> centreTarget = new SimpleObjectProperty<>();
    private final ObjectProperty<String> centrePartner = new SimpleObjectProperty<>();
    private final IntegerProperty centreRequests = new SimpleIntegerProperty();
    private final IntegerProperty fitRequests = new SimpleIntegerProperty();
    private NodePositions positions = NodePositions.empty();
    private Consumer<String> pinListener = id -> { };
    private DropListener dropListener = (id, x, y) -> { };
    private Consumer<String> unpinListener = id -> { };

    /** Hears where a dragged node was let go. */
    @FunctionalInterface
    public interface DropListener {
        /** The entity now stands at {@code (x, y)} in world units, pinned. */
        void dropped(String entityId, double x, double y);
    }
    private NodePositions sizedPositions;
    private java.util.Map<String, Double> sizedImportance;
    private double sizeUnit = 1;

    public GraphViewModel(ObjectProperty<Selection> selection, ObjectProperty<GraphPath> path) {
        this.selection = selection;
        this.path = path;
        selection.addListener((o, a, b) -> updateEmphasis());
        path.addListener((o, a, b) -> updateEmphasis());
        hovered.addListener((o, a, b) -> updateEmphasis());
    }

    /**
     * Shows a view with the given picture and node importance (entity id to 0..1); keeps
     * places and sizes, so nothing jumps.
     */
    public void show(GraphView view, NodePositions newPositions, java.util.Map<String, Double> importance) {
        if (newPositions != sizedPositions || importance != sizedImportance) {
            sizedPositions = newPositions;
            sizedImportance = importance;
            sizeUnit = GraphSceneFactory.sizeUnit(newPositions, importance);
        }
        positions = newPositions;
        scene.set(view == null ? null : GraphSceneFactory.build(view, newPositions, importance, sizeUnit));
        GraphScene s = scene.get();
        if (s != null && hovered.get() != null && s.indexOf(hovered.get()) < 0) {
            hovered.set(null);
        }
        updateEmphasis();
    }

    private void updateEmphasis() {
        GraphScene s = scene.get();
        if (s == null) {
            emphasis.set(null);
            return;
        }
        Selection sel = selection.get();
        GraphPath p = path.get();
        List<String> pathNodes = p == null ? List.of() : p.entities().stream().map(Entity::id).toList();
        List<String> pathEdges = p == null ? List.of() : p.relationships().stream().map(Relationship::id).toList();
        emphasis.set(Emphasis.of(s, sel.isEntity() ? sel.id() : null, sel.isRelationship() ? sel.id() : null,
                hovered.get(), pathNodes, pathEdges, positions.pinned()));
    }

    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public GraphScene scene() {
        return scene.get();
    }

    public ReadOnlyObjectProperty<Emphasis> emphasisProperty() {
        return emphasis.getReadOnlyProperty();
    }

    /** The entity under the pointer, or null. */
    public StringProperty hoveredProperty() {
        return hovered;
    }

    /** The entity the canvas should bring to the centre (see {@link #centreRequestsProperty()}). */
    public ObjectProperty<String> centreTargetProperty() {
        return centreTarget;
    }

    /** Bumped on each centre request. */
    public IntegerProperty centreRequestsProperty() {
        return centreRequests;
    }

    /** Bumped on each request to fit the whole graph in view. */
    public IntegerProperty fitRequestsProperty() {
        return fitRequests;
    }

    /** Asks the canvas to centre on an entity. */
    public void centreOn(String entityId) {
        centrePartner.set(null);
        centreTarget.set(entityId);
        centreRequests.set(centreRequests.get() + 1);
    }

    /** Asks the canvas to centre on two entities (a relationship), zoomed so they stand apart. */
    public void centreOnPair(String entityId, String partnerId) {
        centrePartner.set(partnerId);
        centreTarget.set(entityId);
        centreRequests.set(centreRequests.get() + 1);
    }

    /** The second entity of a pair to centre on, or null for one entity. */
    public ObjectProperty<String> centrePartnerProperty() {
        return centrePartner;
    }

    /** Asks the canvas to fit the graph. */
    public void fit() {
        fitRequests.set(fitRequests.get() + 1);
    }

    /** A click on a node selects its entity. */
    public void nodeClicked(String entityId) {
        selection.set(Selection.entity(entityId));
    }

    /** A click on an edge selects its relationship. */
    public void edgeClicked(String relationshipId) {
        selection.set(Selection.relationship(relationshipId));
    }

    /** A click on empty space clears the selection. */
    public void backgroundClicked() {
        selection.set(Selection.NONE);
    }

    /** The pointer rests on an entity (null: on nothing). */
    public void hover(String entityId) {
        hovered.set(entityId);
    }

    /** A node was dragged to a world position: it moves there and stays pinned. */
    public void nodeMoved(String entityId, double x, double y) {
        positions.set(entityId, x, y);
        GraphScene s = scene.get();
        if (s != null && s.indexOf(entityId) >= 0) {
            s.moveTo(s.indexOf(entityId), (float) x, (float) y);
        }
        if (!positions.isPinned(entityId)) {
            positions.setPinned(entityId, true);
            updateEmphasis();
            pinListener.accept(entityId);
        }
    }

    /** Pins an entity where it is: later layouts leave it there. */
    public void pin(String entityId) {
        if (positions.contains(entityId)) {
            positions.setPinned(entityId, true);
            updateEmphasis();
            pinListener.accept(entityId);
        }
    }

    /** A dragged node was let go where it now stands. */
    public void nodeDropped(String entityId) {
        double[] p = positions.get(entityId);
        if (p != null) {
            dropListener.dropped(entityId, p[0], p[1]);
        }
    }

    /** Releases a pinned entity (the next layout may move it again). */
    public void unpin(String entityId) {
        positions.setPinned(entityId, false);
        updateEmphasis();
        unpinListener.accept(entityId);
    }

    public boolean isPinned(String entityId) {
        return positions.isPinned(entityId);
    }

    /** Told when a dragged node is let go (the workspace records the pin). */
    public void setDropListener(DropListener listener) {
        dropListener = listener;
    }

    /** Told when an entity is unpinned. */
    public void setUnpinListener(Consumer<String> listener) {
        unpinListener = listener;
    }

    /** Told when an entity gets pinned by dragging. */
    public void setPinListener(Consumer<String> listener) {
        pinListener = listener;
    }

    /** The current picture. */
    public NodePositions positions() {
        return positions;
    }
}
