package tieline.ui.details;

import java.util.List;
import tieline.graph.Relationship;
import tieline.model.Evidence;

/**
 * One relationship of an entity, as the details panel lists it.
 *
 * @param relationship the relationship as the view shows it
 * @param otherId      the entity at the other end
 * @param otherName    its name
 * @param timeline     the visible evidence, in timeline order
 */
public record RelationshipRow(Relationship relationship, String otherId, String otherName, List<Evidence> timeline) {

    public RelationshipRow {
        timeline = List.copyOf(timeline);
    }
}
