package tieline.workspace.file;

import java.time.LocalDate;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * The graph filter as the analyst left it. Empty sets mean "all".
 *
 * @param from          first evidence date shown, or null for no lower bound
 * @param to            last evidence date shown, or null for no upper bound
 * @param entityTypes   entity types shown
 * @param relationTypes relation types shown
 * @param ceiling       the classification ceiling, or null for none
 * @param tags          cable TAGS required
 * @param posts         originating posts required
 */
public record FilterState(LocalDate from, LocalDate to, Set<EntityType> entityTypes, Set<RelationType> relationTypes,
                          Classification ceiling, Set<String> tags, Set<String> posts) {

    public FilterState {
        entityTypes = entityTypes == null ? Set.of() : Set.copyOf(entityTypes);
        relationTypes = relationTypes == null ? Set.of() : Set.copyOf(relationTypes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        posts = posts == null ? Set.of() : Set.copyOf(posts);
    }

    /** No filtering at all. */
    public static FilterState none() {
        return new FilterState(null, null, Set.of(), Set.of(), null, Set.of(), Set.of());
    }
}
