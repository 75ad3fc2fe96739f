package tieline.ui.workspace;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.ui.MainViewModel;
import tieline.ui.MainWindow;
import tieline.ui.Selection;
import tieline.ui.filter.FilterViewModel;
import tieline.ui.graph.Viewport;
import tieline.ui.theme.Theme;
import tieline.workspace.file.FilterState;
import tieline.workspace.file.ViewState;

/**
 * Reads the window's view state (filters, time range, zoom and pan, theme, selection) into a
 * {@link ViewState} for saving, and puts a saved one back after opening a workspace.
 */
final class ViewStateBridge {

    private final MainWindow window;
    private final MainViewModel model;

    ViewStateBridge(MainWindow window) {
        this.window = window;
        this.model = window.model();
    }

    /** The view as it is now. */
    ViewState read() {
        FilterViewModel f = model.filters();
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (EntityType t : EntityType.values()) {
            if (f.entityType(t).get()) {
                types.add(t);
            }
        }
        Set<RelationType> relations = EnumSet.noneOf(RelationType.class);
        for (RelationType t : RelationType.values()) {
            if (f.relationType(t).get()) {
                relations.add(t);
            }
        }
        FilterState filter = new FilterState(f.timeRange().fromDate(), f.timeRange().toDate(),
                types.size() == EntityType.values().length ? Set.of() : types,
                relations.size() == RelationType.values().length ? Set.of() : relations,
                f.ceilingProperty().get(), new HashSet<>(f.selectedTags()), new HashSet<>(f.selectedPosts()));
        Viewport v = window.canvas().viewport();
        Selection s = model.selectionProperty().get();
        List<String> selection = s.id() == null ? List.of() : List.of(s.id());
        return new ViewState(filter, v.scale(), v.offsetX(), v.offsetY(),
                window.theme() == Theme.DARK ? "dark" : "light", selection);
    }

    /** Puts a saved view back: filters first (they decide what is shown), then zoom, theme, selection. */
    void apply(ViewState view) {
        FilterViewModel f = model.filters();
        FilterState filter = view.filter();
        for (EntityType t : EntityType.values()) {
            f.entityType(t).set(true);
        }
        for (EntityType t : EntityType.values()) {
            f.entityType(t).set(filter.entityTypes().isEmpty() || filter.entityTypes().contains(t));
        }
        for (RelationType t : RelationType.values()) {
            f.relationType(t).set(true);
        }
        for (RelationType t : RelationType.values()) {
            f.relationType(t).set(filter.relationTypes().isEmpty() || filter.relationTypes().contains(t));
        }
        f.selectedTags().retainAll(filter.tags());
        List<String> tags = new ArrayList<>(filter.tags());
        tags.retainAll(f.availableTags());
        f.selectedTags().addAll(tags);
        f.selectedPosts().retainAll(filter.posts());
        List<String> posts = new ArrayList<>(filter.posts());
        posts.retainAll(f.availablePosts());
        f.selectedPosts().addAll(posts);
        f.ceilingProperty().set(filter.ceiling());
        f.timeRange().reset();
        List<YearMonth> months = f.timeRange().months();
        if ((filter.from() != null || filter.to() != null) && !months.isEmpty()) {
            f.timeRange().selectDates(filter.from() != null ? filter.from() : months.get(0).atDay(1),
                    filter.to() != null ? filter.to() : months.get(months.size() - 1).atEndOfMonth());
        }
        window.canvas().viewport().set(view.zoom(), view.panX(), view.panY());
        window.canvas().requestPaint();
        window.setTheme(Theme.named(view.theme()));
        if (!view.selection().isEmpty()) {
            String id = view.selection().get(0);
            model.selectionProperty().set(id.startsWith("rel:") ? Selection.relationship(id) : Selection.entity(id));
        }
    }
}
