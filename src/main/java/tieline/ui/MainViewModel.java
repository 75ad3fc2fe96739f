package tieline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tieline.cable.Cable;
import tieline.graph.GraphPath;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Mention;
import tieline.ui.details.DetailsViewModel;
import tieline.ui.filter.FilterViewModel;
import tieline.ui.graph.GraphViewModel;
import tieline.ui.graph.NodePositions;
import tieline.ui.load.CorpusPipeline;
import tieline.ui.load.LoadOutcome;
import tieline.ui.load.LoadViewModel;
import tieline.ui.query.Neighbourhood;
import tieline.ui.query.QueryViewModel;
import tieline.ui.search.SearchViewModel;
import tieline.ui.search.Suggestion;
import tieline.ui.status.StatusViewModel;
import tieline.ui.viewer.CableViewerViewModel;

/**
 * The main window's state and the glue between its parts: the loaded graph and its picture,
 * the filtered view, the selection, the path and neighbourhood queries, and the view-models of
 * every panel. No JavaFX nodes; tested without a display.
 */
public final class MainViewModel {

    private final FilterViewModel filters = new FilterViewModel();
    private final SearchViewModel search = new SearchViewModel();
    private final CableViewerViewModel viewer = new CableViewerViewModel();
    private final DetailsViewModel details = new DetailsViewModel();
    private final StatusViewModel status = new StatusViewModel();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
    private final ObjectProperty<GraphPath> path = new SimpleObjectProperty<>();
    private final ObjectProperty<Neighbourhood> neighbourhood = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RelationshipGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphView> view = new ReadOnlyObjectWrapper<>();
    private final GraphViewModel graphModel = new GraphViewModel(selection, path);
    private final LoadViewModel load;
    private final QueryViewModel queries;
    private List<Cable> cables = List.of();
    private NodePositions positions = NodePositions.empty();
    private GraphView filteredView;
    private LoadOutcome current;
    private java.util.function.Consumer<List<Path>> opener;

    public MainViewModel(CorpusPipeline pipeline) {
        load = new LoadViewModel(pipeline, () -> new LoadViewModel.Start(cables, positions.copy(), current), this::apply);
        queries = new QueryViewModel(() -> filteredView, path, neighbourhood);
        filters.filterProperty().addListener((o, a, b) -> refreshView());
        neighbourhood.addListener((o, a, b) -> refreshView());
        selection.addListener((o, a, b) -> selectionChanged());
    }

    /** Takes a finished load: a new graph replaces the old one, keeping the picture's places. */
    void apply(LoadOutcome outcome) {
        if (!outcome.changed()) {
            return;
        }
        boolean firstGraph = graph.get() == null;
        boolean sameGraph = current != null && current.graph() == outcome.graph();
        current = outcome;
        if (sameGraph) {
            positions = outcome.positions();
            graphModel.show(view.get(), positions, importance());
            graphModel.fit();
            return;
        }
        cables = outcome.cables();
        positions = outcome.positions();
        RelationshipGraph g = outcome.graph();
        Map<String, List<Mention>> byCable = new HashMap<>();
        for (Mention m : outcome.extraction().mentions()) {
            byCable.computeIfAbsent(m.cableId(), k -> new ArrayList<>()).add(m);
        }
        viewer.setSource(g::cable, byCable);
        search.setEntities(g.entities(), id -> g.mentionsOf(id).size());
        graph.set(g);
        java.time.LocalDate shownFrom = filters.timeRange().fromDate();
        java.time.LocalDate shownTo = filters.timeRange().toDate();
        filters.setGraph(g);
        if (!firstGraph && (shownFrom != null || shownTo != null) && !filters.timeRange().months().isEmpty()) {
            List<java.time.YearMonth> months = filters.timeRange().months();
            filters.timeRange().selectDates(shownFrom != null ? shownFrom : months.get(0).atDay(1),
                    shownTo != null ? shownTo : months.get(months.size() - 1).atEndOfMonth());
        }
        refreshView();
        if (firstGraph || outcome.added() > 0) {
            graphModel.fit();
        }
    }

    private void refreshView() {
        RelationshipGraph g = graph.get();
        if (g == null) {
            filteredView = null;
            view.set(null);
            graphModel.show(null, positions, importance());
            status.update(null, null, filters.ceilingProperty().get());
            return;
        }
        filteredView = g.view(filters.filter());
        GraphView shown = filteredView;
        Neighbourhood n = neighbourhood.get();
        if (n != null && filteredView.contains(n.entityId())) {
            shown = filteredView.neighbourhood(n.entityId(), n.hops());
        }
        GraphPath p = path.get();
        if (p != null) {
            path.set(shown.shortestPath(p.start().id(), p.end().id()).orElse(null));
        }
        view.set(shown);
        graphModel.show(shown, positions, importance());
        status.update(g, shown, filters.ceilingProperty().get());
        Selection s = selection.get();
        boolean stillThere = s.isEntity() ? shown.contains(s.id())
                : !s.isRelationship() || shown.relationship(s.id()).isPresent();
        if (!stillThere) {
            selection.set(Selection.NONE);
        } else {
            details.update(shown, s);
        }
    }

    private void selectionChanged() {
        Selection s = selection.get();
        viewer.selectedEntities().clear();
        GraphView v = view.get();
        if (s.isEntity()) {
            viewer.selectedEntities().add(s.id());
            if (v != null) {
                showFirstMention(v, s.id());
            }
        } else if (s.isRelationship() && v != null) {
            v.relationship(s.id()).ifPresent(r -> {
                viewer.selectedEntities().add(r.sourceId());
                viewer.selectedEntities().add(r.targetId());
                v.timeline(r).stream().findFirst().ifPresent(e -> viewer.show(e.cableId(), e.paragraph()));
            });
        }
        details.update(v, s);
    }

    private Map<String, Double> importance() {
        return current == null ? Map.of() : current.importance();
    }

    /**
     * Opens the entity's first mention in the viewer, unless the cable open already mentions
     * it (then the analyst keeps their place).
     */
    private void showFirstMention(GraphView v, String entityId) {
        List<Mention> mentions = v.mentionsOf(entityId);
        var open = viewer.cableProperty().get();
        if (mentions.isEmpty() || (open != null && mentions.stream().anyMatch(m -> m.cableId().equals(open.id())))) {
            return;
        }
        viewer.show(mentions.get(0).cableId(), mentions.get(0).paragraph());
    }

    /** Loads files and folders in the background (through the opener when one is set). */
    public void open(List<Path> paths) {
        if (opener != null) {
            opener.accept(paths);
        } else {
            load.load(paths);
        }
    }

    /** Routes {@link #open} elsewhere, e.g. into the open workspace. */
    public void setOpener(java.util.function.Consumer<List<Path>> opener) {
        this.opener = opener;
    }

    /** The current picture. */
    public NodePositions positions() {
        return positions;
    }

    /** Lays the graph out afresh in the background; pinned entities stay where they are. */
    public void relayout() {
        load.relayout();
    }

    /** Asks for the shortest path from one entity to another and highlights it. */
    public void pathBetween(Suggestion from, Suggestion to) {
        queries.fromProperty().set(from);
        queries.toProperty().set(to);
        queries.findPath();
    }

    /** Narrows the graph to an entity's neighbourhood. */
    public void neighbourhoodOf(Suggestion centre, int hops) {
        queries.centreProperty().set(centre);
        queries.hopsProperty().set(hops);
        queries.showNeighbourhood();
    }

    /** Selects an entity and brings it to the centre of the graph. */
    public void selectAndCentre(String entityId) {
        selection.set(Selection.entity(entityId));
        graphModel.centreOn(entityId);
    }

    /** Chooses a search completion: selects and centres its entity. */
    public void choose(Suggestion s) {
        if (s != null) {
            selectAndCentre(s.entityId());
        }
    }

    /**
     * Selects the relationship between two entities given by name or alias and brings both ends
     * into view apart; false when there is none.
     */
    public boolean selectRelationship(String nameA, String nameB) {
        GraphView v = view.get();
        Suggestion a = search.suggest(nameA).stream().findFirst().orElse(null);
        Suggestion b = search.suggest(nameB).stream().findFirst().orElse(null);
        if (v == null || a == null || b == null) {
            return false;
        }
        Optional<Relationship> r = v.relationship(a.entityId(), b.entityId());
        r.ifPresent(rel -> {
            selection.set(Selection.relationship(rel.id()));
            graphModel.centreOnPair(rel.sourceId(), rel.targetId());
        });
        return r.isPresent();
    }

    /** Opens a cable at a paragraph in the viewer. */
    public boolean openSource(String cableId, int paragraph) {
        return viewer.show(cableId, paragraph);
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ObjectProperty<GraphPath> pathProperty() {
        return path;
    }

    public ObjectProperty<Neighbourhood> neighbourhoodProperty() {
        return neighbourhood;
    }

    public ReadOnlyObjectProperty<RelationshipGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** What the graph shows now: the filtered view, narrowed to a neighbourhood when one is asked for. */
    public ReadOnlyObjectProperty<GraphView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public GraphView view() {
        return view.get();
    }

    public List<Cable> cables() {
        return cables;
    }

    public FilterViewModel filters() {
        return filters;
    }

    public SearchViewModel search() {
        return search;
    }

    public CableViewerViewModel viewer() {
        return viewer;
    }

    public DetailsViewModel details() {
        return details;
    }

    public StatusViewModel status() {
        return status;
    }

    public GraphViewModel graph() {
        return graphModel;
    }

    public LoadViewModel load() {
        return load;
    }

    public QueryViewModel queries() {
        return queries;
    }
}
