package tieline.briefing;

import java.time.LocalDate;
import java.util.Objects;
import tieline.cable.Classification;
import tieline.model.RelationType;

/**
 * One piece of evidence as a briefing shows it: a mark on a timeline or a quote under a path step.
 *
 * @param date      the event date, or null when the evidence carries none
 * @param type      the relation the sentence expresses
 * @param cableId   the source cable
 * @param paragraph the paragraph's true number
 * @param marking   the paragraph's portion marking
 * @param quote     the sentence
 */
public record SceneEvidence(LocalDate date, RelationType type, String cableId, int paragraph,
                            Classification marking, String quote) {

    public SceneEvidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cableId, "cableId");
        Objects.requireNonNull(marking, "marking");
        quote = quote == null ? "" : quote;
    }

    /** The date as a briefing prints it: ISO, or {@code undated}. */
    public String dateText() {
        return date == null ? "undated" : date.toString();
    }

    /** The citation as a briefing prints it, e.g. {@code 08BAKU73 ¶3 (C)}. */
    public String citation() {
        return cableId + " \u00b6" + paragraph + " (" + marking.portionCode() + ")";
    }
}
