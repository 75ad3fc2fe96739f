package tieline.workspace.file;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * The graph filter as the analyst left it. Empty sets mean "all"; sets keep their natural order.
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
        entityTypes = sorted(entityTypes);
        relationTypes = sorted(relationTypes);
        tags = sorted(tags);
        posts = sorted(posts);
    }

    /** Sorted, so that a saved file lists them in the same order every time. */
    private static <T extends Comparable<T>> Set<T> sorted(Set<T> values) {
        return values == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    /** No filtering at all. */
    public static FilterState none() {
        return new FilterState(null, null, Set.of(), Set.of(), null, Set.of(), Set.of());
    }
}
