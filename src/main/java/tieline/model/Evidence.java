package tieline.model;

import java.time.LocalDate;
import tieline.cable.Classification;

/**
 * One dated fact linking two entities, with its paragraph-level provenance.
 *
 * @param sourceId  one entity id (the pair is unordered for relationships)
 * @param targetId  the other entity id
 * @param type      the relation this sentence expresses
 * @param cableId   the cable it comes from
 * @param paragraph the paragraph's true number
 * @param marking   the paragraph's portion marking (or the cable's classification when unmarked)
 * @param date      the event date
 * @param dateFrom  how the date was found
 * @param quote     the sentence
 */
public record Evidence(String sourceId, String targetId, RelationType type, String cableId, int paragraph,
                       Classification marking, LocalDate date, DateSource dateFrom, String quote) {
}
