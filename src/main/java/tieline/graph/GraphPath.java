package tieline.graph;

import java.util.ArrayList;
import java.util.List;
import tieline.model.Entity;
import tieline.model.Evidence;

/**
 * A path between two entities: the entities in order, and between each consecutive pair the
 * relationship as the view shows it (holding only the evidence the view's filter passes).
 *
 * @param entities      from the start entity to the end entity
 * @param relationships {@code relationships.get(i)} links {@code entities.get(i)} and {@code entities.get(i + 1)}
 */
public record GraphPath(List<Entity> entities, List<Relationship> relationships) {

    public GraphPath {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        if (entities.isEmpty() || relationships.size() != entities.size() - 1) {
            throw new IllegalArgumentException("a path of " + entities.size() + " entities needs "
                    + Math.max(0, entities.size() - 1) + " relationships, got " + relationships.size());
        }
    }

    /** The number of relationships along the path. */
    public int length() {
        return relationships.size();
    }

    public Entity start() {
        return entities.get(0);
    }

    public Entity end() {
        return entities.get(entities.size() - 1);
    }

    /** The evidence along the path: each step's timeline, step by step. */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        for (Relationship r : relationships) {
            out.addAll(r.timeline());
        }
        return out;
    }
}
