package tieline.ui.query;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tieline.graph.GraphPath;
import tieline.graph.GraphView;
import tieline.model.Evidence;
import tieline.ui.search.Suggestion;

/**
 * The queries panel: the shortest path between two entities (shown highlighted, its evidence
 * listed) and the neighbourhood of one entity within N hops (the graph narrows to it). The
 * queries themselves run in {@code tieline.graph}.
 */
public final class QueryViewModel {

    private final Supplier<GraphView> view;
    private final ObjectProperty<GraphPath> path;
    private final ObjectProperty<Neighbourhood> neighbourhood;
    private final ObjectProperty<Suggestion> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Suggestion> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Suggestion> centre = new SimpleObjectProperty<>();
    private final IntegerProperty hops = new SimpleIntegerProperty(1);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ObservableList<Evidence> pathEvidence = FXCollections.observableArrayList();

    /**
     * @param view          the view queries run on (before any neighbourhood narrowing)
     * @param path          where a found path is published (the graph highlights it)
     * @param neighbourhood where a neighbourhood request is published (the graph narrows to it)
     */
    public QueryViewModel(Supplier<GraphView> view, ObjectProperty<GraphPath> path,
                          ObjectProperty<Neighbourhood> neighbourhood) {
        this.view = view;
        this.path = path;
        this.neighbourhood = neighbourhood;
        path.addListener((o, a, p) -> pathEvidence.setAll(p == null ? java.util.List.of() : p.evidence()));
    }

    public ObjectProperty<Suggestion> fromProperty() {
        return from;
    }

    public ObjectProperty<Suggestion> toProperty() {
        return to;
    }

    public ObjectProperty<Suggestion> centreProperty() {
        return centre;
    }

    /** Steps out from the centre, 1 to 5. */
    public IntegerProperty hopsProperty() {
        return hops;
    }

    /** A sentence about the last query's result. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The evidence along the path found, step by step. */
    public ObservableList<Evidence> pathEvidence() {
        return pathEvidence;
    }

    /** Finds the shortest path between the two chosen entities in the current view. */
    public Optional<GraphPath> findPath() {
        GraphView v = view.get();
        Suggestion a = from.get();
        Suggestion b = to.get();
        if (v == null || a == null || b == null) {
            result.set("Choose two entities first.");
            return Optional.empty();
        }
        Optional<GraphPath> found = a.entityId().equals(b.entityId()) ? Optional.empty()
                : v.shortestPath(a.entityId(), b.entityId());
        path.set(found.orElse(null));
        if (found.isPresent()) {
            GraphPath p = found.get();
            result.set(String.format(Locale.ROOT, "%s to %s: %d step%s, %d pieces of evidence.", a.name(), b.name(),
                    p.length(), p.length() == 1 ? "" : "s", p.evidence().size()));
        } else {
            result.set("No path between " + a.name() + " and " + b.name() + " in the current view.");
        }
        return found;
    }

    /** Narrows the graph to the chosen entity's neighbourhood. */
    public void showNeighbourhood() {
        Suggestion c = centre.get();
        if (c == null) {
            result.set("Choose an entity first.");
            return;
        }
        int n = Math.max(1, Math.min(5, hops.get()));
        neighbourhood.set(new Neighbourhood(c.entityId(), c.name(), n));
        result.set("Showing " + c.name() + " and everything within " + n + (n == 1 ? " step." : " steps."));
    }

    /** Clears the path and the neighbourhood. */
    public void clear() {
        path.set(null);
        neighbourhood.set(null);
        result.set("");
    }
}
