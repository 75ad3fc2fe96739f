package tieline.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.Paragraph;
import tieline.model.DateSource;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * Adds a piece of evidence by hand: a dated link between two entities with the analyst's note
 * as its quote, optionally tied to a source cable and paragraph. With a source, the marking is
 * the paragraph's (the cable's when the paragraph is unmarked) and a missing date is the
 * cable's; without one, the marking is the analyst's choice or UNCLASSIFIED and a date is
 * required. The evidence is flagged as manual ({@link CuratedData#isManual}).
 *
 * @param sourceId  one entity
 * @param targetId  the other entity
 * @param type      the relation
 * @param date      the event date, or null to use the source cable's date
 * @param note      the analyst's note, used as the quote
 * @param cableId   the source cable, or null
 * @param paragraph the source paragraph number, or null
 * @param marking   the analyst's marking when there is no source, or null for UNCLASSIFIED
 * @param at        when the edit was made
 */
public record AddRelationship(String sourceId, String targetId, RelationType type, LocalDate date, String note,
                              String cableId, Integer paragraph, Classification marking, Instant at)
        implements Edit {

    /** The quote given to evidence added without a note. */
    public static final String NO_NOTE_QUOTE = "Added by hand";

    public AddRelationship {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(type, "type");
        note = note == null ? "" : note.strip();
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (sourceId.equals(targetId)) {
            return ApplyResult.notApplicable("a relationship needs two different entities");
        }
        if (data.entity(sourceId).isEmpty()) {
            return Missing.entity(sourceId);
        }
        if (data.entity(targetId).isEmpty()) {
            return Missing.entity(targetId);
        }
        Evidence evidence;
        if (cableId != null) {
            Cable cable = data.cable(cableId).orElse(null);
            if (cable == null) {
                return ApplyResult.notApplicable("source cable " + cableId + " is no longer loaded");
            }
            Paragraph para = null;
            if (paragraph != null) {
                para = cable.paragraph(paragraph).orElse(null);
                if (para == null) {
                    return ApplyResult.notApplicable("cable " + cableId + " has no paragraph " + paragraph);
                }
            }
            LocalDate when = date != null ? date : cable.date();
            if (when == null) {
                return ApplyResult.notApplicable("cable " + cableId + " carries no date and none was given");
            }
            Classification mark = para != null && para.marking() != null ? para.marking()
                    : cable.classification() != null ? cable.classification() : Classification.UNCLASSIFIED;
            String quote = !note.isEmpty() ? note : para != null ? para.text() : NO_NOTE_QUOTE;
            evidence = new Evidence(sourceId, targetId, type, cableId, paragraph == null ? 0 : paragraph, mark, when,
                    date != null ? DateSource.EVENT : DateSource.CABLE, quote);
        } else {
            if (date == null) {
                return ApplyResult.notApplicable("a relationship added without a source cable needs a date");
            }
            evidence = new Evidence(sourceId, targetId, type, null, 0,
                    marking != null ? marking : Classification.UNCLASSIFIED, date, DateSource.EVENT,
                    note.isEmpty() ? NO_NOTE_QUOTE : note);
        }
        data.addEvidence(new CuratedEvidence(evidence, true));
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        String where = cableId == null ? "" : " from " + cableId + (paragraph == null ? "" : " \u00b6" + paragraph);
        return "Added " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " link \u201c"
                + names.nameOf(sourceId) + "\u201d \u2013 \u201c" + names.nameOf(targetId) + "\u201d"
                + (date == null ? "" : " on " + date) + where;
    }
}
