package tieline.ui.details;

import java.time.LocalDate;
import java.util.List;
import tieline.cable.Classification;
import tieline.model.Entity;

/**
 * What the details panel shows for an entity.
 *
 * @param entity        the entity
 * @param roles         its offices, earliest first, organizations named
 * @param degree        visible relationships
 * @param pageRank      PageRank in the view (sums to 1 over it)
 * @param rank          1-based place by PageRank among the visible entities
 * @param visible       number of visible entities
 * @param classification the lowest marking that supports it in the view, or null
 * @param relationships its visible relationships, most evidence first
 * @param spanStart     first evidence date over its relationships (the shared scale of the small timelines)
 * @param spanEnd       last evidence date
 */
public record EntityDetails(Entity entity, List<RoleLine> roles, int degree, double pageRank, int rank, int visible,
                            Classification classification, List<RelationshipRow> relationships,
                            LocalDate spanStart, LocalDate spanEnd) {

    public EntityDetails {
        roles = List.copyOf(roles);
        relationships = List.copyOf(relationships);
    }
}
