package tieline.ui.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Role;
import tieline.ui.Selection;
import tieline.ui.timeline.TimelineModel;

/**
 * The right panel's content for the current selection and view: entity details (names, roles,
 * centrality, relationships with their small timelines) or a relationship's timeline.
 * Betweenness is slow on large graphs, so it is computed in the background and arrives later.
 */
public final class DetailsViewModel {

    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tieline-centrality");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<EntityDetails> entity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RelationshipDetails> relationship = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Double> betweenness = new ReadOnlyObjectWrapper<>();
    private int generation;

    /** Recomputes the panel for a selection in a view (null view: nothing loaded). */
    public void update(GraphView view, Selection selection) {
        generation++;
        betweenness.set(null);
        if (view == null || selection == null) {
            entity.set(null);
            relationship.set(null);
            return;
        }
        if (selection.isEntity() && view.contains(selection.id())) {
            relationship.set(null);
            entity.set(entityDetails(view, selection.id()));
            computeBetweenness(view, selection.id(), generation);
        } else if (selection.isRelationship()) {
            entity.set(null);
            relationship.set(view.relationship(selection.id()).map(r -> relationshipDetails(view, r)).orElse(null));
        } else {
            entity.set(null);
            relationship.set(null);
        }
    }

    private void computeBetweenness(GraphView view, String id, int asked) {
        CompletableFuture.supplyAsync(() -> view.centrality().betweenness(id), BACKGROUND)
                .thenAccept(b -> Platform.runLater(() -> {
                    if (asked == generation) {
                        betweenness.set(b);
                    }
                }));
    }

    static EntityDetails entityDetails(GraphView view, String id) {
        Entity e = view.entity(id).orElseThrow();
        Map<String, Double> ranks = view.centrality().pageRankScores();
        double pr = ranks.getOrDefault(id, 0.0);
        int rank = 1 + (int) ranks.values().stream().filter(v -> v > pr).count();
        List<RelationshipRow> rows = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Relationship r : view.relationshipsOf(id)) {
            String other = r.opposite(id);
            String name = view.entity(other).map(Entity::name).orElse(other);
            List<Evidence> timeline = view.timeline(r);
            rows.add(new RelationshipRow(r, other, name, timeline));
            if (r.firstDate() != null) {
                first = first == null || r.firstDate().isBefore(first) ? r.firstDate() : first;
            }
            if (r.lastDate() != null) {
                last = last == null || r.lastDate().isAfter(last) ? r.lastDate() : last;
            }
        }
        rows.sort(Comparator.comparingInt((RelationshipRow r) -> -r.timeline().size()).thenComparing(RelationshipRow::otherName));
        List<RoleLine> roles = e.roles().stream()
                .sorted(Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(r -> new RoleLine(r.title(), r.organizationId() == null ? null
                        : view.graph().entity(r.organizationId()).map(Entity::name).orElse(r.organizationId()),
                        r.from(), r.to()))
                .toList();
        return new EntityDetails(e, roles, view.centrality().degree(id), pr, rank, view.entities().size(),
                view.classificationOf(id), rows, first, last);
    }

    static RelationshipDetails relationshipDetails(GraphView view, Relationship r) {
        Optional<Entity> a = view.entity(r.sourceId());
        Optional<Entity> b = view.entity(r.targetId());
        Entity source = a.orElseGet(() -> view.graph().entity(r.sourceId()).orElseThrow());
        Entity target = b.orElseGet(() -> view.graph().entity(r.targetId()).orElseThrow());
        return new RelationshipDetails(r, source, target, TimelineModel.of(view.timeline(r)));
    }

    /** The selected entity's details, or null. */
    public ReadOnlyObjectProperty<EntityDetails> entityProperty() {
        return entity.getReadOnlyProperty();
    }

    /** The selected relationship's details, or null. */
    public ReadOnlyObjectProperty<RelationshipDetails> relationshipProperty() {
        return relationship.getReadOnlyProperty();
    }

    /** The selected entity's betweenness once computed, else null. */
    public ReadOnlyObjectProperty<Double> betweennessProperty() {
        return betweenness.getReadOnlyProperty();
    }
}
