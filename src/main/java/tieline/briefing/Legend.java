package tieline.briefing;

import java.util.List;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * The legend of a briefing: only the entity types and relation types the picture actually
 * shows, in their natural order.
 *
 * @param entityTypes   node kinds present
 * @param relationTypes edge kinds present (strongest types of the edges drawn)
 */
public record Legend(List<EntityType> entityTypes, List<RelationType> relationTypes) {

    public Legend {
        entityTypes = entityTypes.stream().distinct().sorted().toList();
        relationTypes = relationTypes.stream().distinct().sorted().toList();
    }

    /** True when there is nothing to explain. */
    public boolean isEmpty() {
        return entityTypes.isEmpty() && relationTypes.isEmpty();
    }
}
