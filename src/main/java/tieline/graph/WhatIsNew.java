package tieline.graph;

import java.time.LocalDate;
import java.util.List;
import tieline.model.Entity;

/**
 * What a view first shows between two dates: relationships whose earliest visible evidence,
 * and entities whose earliest visible mention or evidence, falls in the range. Both lists are
 * sorted by that first date.
 *
 * @param from          start of the range (inclusive), or null when open
 * @param to            end of the range (inclusive), or null when open
 * @param relationships new relationships, as the view shows them
 * @param entities      new entities
 */
public record WhatIsNew(LocalDate from, LocalDate to, List<Relationship> relationships, List<Entity> entities) {

    public WhatIsNew {
        relationships = List.copyOf(relationships);
        entities = List.copyOf(entities);
    }

    public boolean isEmpty() {
        return relationships.isEmpty() && entities.isEmpty();
    }
}
