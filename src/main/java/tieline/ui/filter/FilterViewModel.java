package tieline.ui.filter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * The left panel's filters: entity types, relation types, tags, posts, classification ceiling
 * and time range. Holds the choices and turns them into a {@link GraphFilter}; the filtering
 * itself happens in {@code tieline.graph}.
 */
public final class FilterViewModel {

    private final Map<EntityType, BooleanProperty> entityTypes = new EnumMap<>(EntityType.class);
    private final Map<RelationType, BooleanProperty> relationTypes = new EnumMap<>(RelationType.class);
    private final ObservableList<String> availableTags = FXCollections.observableArrayList();
    private final ObservableSet<String> selectedTags = FXCollections.observableSet();
    private final ObservableList<String> availablePosts = FXCollections.observableArrayList();
    private final ObservableSet<String> selectedPosts = FXCollections.observableSet();
    private final ObjectProperty<Classification> ceiling = new SimpleObjectProperty<>();
    private final TimeRangeViewModel timeRange = new TimeRangeViewModel();
    private final ReadOnlyObjectWrapper<GraphFilter> filter = new ReadOnlyObjectWrapper<>(GraphFilter.ALL);
    private boolean updating;

    public FilterViewModel() {
        for (EntityType t : EntityType.values()) {
            entityTypes.put(t, choice(entityTypes));
        }
        for (RelationType t : RelationType.values()) {
            relationTypes.put(t, choice(relationTypes));
        }
        selectedTags.addListener((SetChangeListener<String>) c -> update());
        selectedPosts.addListener((SetChangeListener<String>) c -> update());
        ceiling.addListener((o, a, b) -> update());
        timeRange.changesProperty().addListener((o, a, b) -> update());
    }

    /** A tick box that refuses to be the last one unticked: an empty choice would mean "all". */
    private <K> BooleanProperty choice(Map<K, BooleanProperty> group) {
        BooleanProperty p = new SimpleBooleanProperty(true);
        p.addListener((o, was, now) -> {
            if (!now && group.values().stream().noneMatch(BooleanProperty::get)) {
                p.set(true);
                return;
            }
            update();
        });
        return p;
    }

    /** Takes the tags, posts and date span of a newly loaded graph; keeps the type and ceiling choices. */
    public void setGraph(RelationshipGraph graph) {
        updating = true;
        try {
            TreeSet<String> tags = new TreeSet<>();
            TreeSet<String> posts = new TreeSet<>();
            for (Cable c : graph.cables()) {
                c.tags().forEach(t -> tags.add(t.toUpperCase(java.util.Locale.ROOT)));
                if (c.post() != null && !c.post().isBlank()) {
                    posts.add(c.post());
                }
            }
            availableTags.setAll(tags);
            selectedTags.retainAll(tags);
            availablePosts.setAll(posts);
            selectedPosts.retainAll(posts);
            List<LocalDate> dates = new ArrayList<>();
            for (Relationship r : graph.relationships()) {
                for (Evidence e : r.timeline()) {
                    dates.add(e.date());
                }
            }
            timeRange.setDates(dates);
        } finally {
            updating = false;
        }
        update();
    }

    private void update() {
        if (updating) {
            return;
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        entityTypes.forEach((t, p) -> {
            if (p.get()) {
                types.add(t);
            }
        });
        Set<RelationType> relations = EnumSet.noneOf(RelationType.class);
        relationTypes.forEach((t, p) -> {
            if (p.get()) {
                relations.add(t);
            }
        });
        filter.set(GraphFilter.builder()
                .from(timeRange.fromDate())
                .to(timeRange.toDate())
                .entityTypes(types.size() == EntityType.values().length ? Set.of() : types)
                .relationTypes(relations.size() == RelationType.values().length ? Set.of() : relations)
                .ceiling(ceiling.get())
                .tags(Set.copyOf(selectedTags))
                .posts(Set.copyOf(selectedPosts))
                .build());
    }

    /** The filter the choices make. At least one entity type and one relation type stay ticked. */
    public ReadOnlyObjectProperty<GraphFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public GraphFilter filter() {
        return filter.get();
    }

    public BooleanProperty entityType(EntityType type) {
        return entityTypes.get(type);
    }

    public BooleanProperty relationType(RelationType type) {
        return relationTypes.get(type);
    }

    public ObservableList<String> availableTags() {
        return availableTags;
    }

    /** Tags chosen; empty means every tag. */
    public ObservableSet<String> selectedTags() {
        return selectedTags;
    }

    public ObservableList<String> availablePosts() {
        return availablePosts;
    }

    /** Posts chosen; empty means every post. */
    public ObservableSet<String> selectedPosts() {
        return selectedPosts;
    }

    /** The highest marking shown; null shows every marking (and unmarked items). */
    public ObjectProperty<Classification> ceilingProperty() {
        return ceiling;
    }

    public TimeRangeViewModel timeRange() {
        return timeRange;
    }

    /** Clears every filter: all types, all tags and posts, no ceiling, the whole time span. */
    public void reset() {
        updating = true;
        try {
            entityTypes.values().forEach(p -> p.set(true));
            relationTypes.values().forEach(p -> p.set(true));
            selectedTags.clear();
            selectedPosts.clear();
            ceiling.set(null);
            timeRange.reset();
        } finally {
            updating = false;
        }
        update();
    }
}
