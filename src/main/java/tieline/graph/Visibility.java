package tieline.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieline.cable.Cable;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Mention;

/**
 * Which entities and relationships a view shows, worked out once when the view is made: sets
 * of references into the graph, never copies of its evidence. A relationship is held as seen
 * through the filter (the very same object when all its evidence passes).
 */
final class Visibility {

    final Set<String> entityIds;
    final Map<String, Relationship> relationships;
    final Set<Relationship> relationshipSet;

    private Visibility(Set<String> entityIds, Map<String, Relationship> relationships) {
        this.entityIds = Collections.unmodifiableSet(entityIds);
        this.relationships = Collections.unmodifiableMap(relationships);
        this.relationshipSet = Collections.unmodifiableSet(new LinkedHashSet<>(relationships.values()));
    }

    /** Everything in the graph. */
    static Visibility all(RelationshipGraph graph) {
        Map<String, Relationship> rels = new LinkedHashMap<>();
        for (Relationship r : graph.relationships()) {
            rels.put(r.id(), r);
        }
        return new Visibility(new LinkedHashSet<>(graph.jgraph().vertexSet()), rels);
    }

    /** What passes the filter. */
    static Visibility of(RelationshipGraph graph, GraphFilter filter) {
        if (filter.isAll()) {
            return all(graph);
        }
        Map<String, Relationship> rels = new LinkedHashMap<>();
        Set<String> linked = new java.util.HashSet<>();
        for (Relationship r : graph.relationships()) {
            if (!endsAdmitted(graph, filter, r)) {
                continue;
            }
            List<Evidence> passing = null;
            List<Evidence> timeline = r.timeline();
            for (int i = 0; i < timeline.size(); i++) {
                Evidence e = timeline.get(i);
                boolean admitted = filter.admitsEvidence(e, graph.cable(e.cableId()).orElse(null));
                if (admitted && passing != null) {
                    passing.add(e);
                } else if (!admitted && passing == null) {
                    passing = new java.util.ArrayList<>(timeline.subList(0, i));
                }
            }
            Relationship seen = passing == null ? r : passing.isEmpty() ? null : r.restrictedTo(passing);
            if (seen != null) {
                rels.put(r.id(), seen);
                linked.add(r.sourceId());
                linked.add(r.targetId());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : graph.entities()) {
            if (filter.admitsEntityType(e.type())
                    && (linked.contains(e.id()) || hasVisibleMention(graph, filter, e.id()))) {
                ids.add(e.id());
            }
        }
        return new Visibility(ids, rels);
    }

    /** This visibility cut down to some entities and the relationships among them. */
    Visibility restrictedTo(Set<String> keep) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : entityIds) {
            if (keep.contains(id)) {
                ids.add(id);
            }
        }
        Map<String, Relationship> rels = new LinkedHashMap<>();
        for (Relationship r : relationships.values()) {
            if (ids.contains(r.sourceId()) && ids.contains(r.targetId())) {
                rels.put(r.id(), r);
            }
        }
        return new Visibility(ids, rels);
    }

    private static boolean endsAdmitted(RelationshipGraph graph, GraphFilter filter, Relationship r) {
        if (filter.entityTypes().isEmpty()) {
            return true;
        }
        return graph.entity(r.sourceId()).map(e -> filter.admitsEntityType(e.type())).orElse(false)
                && graph.entity(r.targetId()).map(e -> filter.admitsEntityType(e.type())).orElse(false);
    }

    private static boolean hasVisibleMention(RelationshipGraph graph, GraphFilter filter, String entityId) {
        for (Mention m : graph.mentionsOf(entityId)) {
            if (mentionAdmitted(graph, filter, m)) {
                return true;
            }
        }
        return false;
    }

    /** True when a mention passes the date, marking, tag and post dimensions. */
    static boolean mentionAdmitted(RelationshipGraph graph, GraphFilter filter, Mention m) {
        Cable cable = graph.cable(m.cableId()).orElse(null);
        return filter.admitsDate(graph.dateOf(m)) && filter.admitsMarking(graph.markingOf(m))
                && filter.admitsCable(cable);
    }
}
