package tieline.workspace;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Deletes a wrong piece of evidence, named by its {@link EvidenceKey} so that the deletion still
 * finds it after the cables are re-read. Every copy with that key goes.
 *
 * @param key which evidence
 * @param at  when the edit was made
 */
public record DeleteEvidence(EvidenceKey key, Instant at) implements Edit {

    public DeleteEvidence {
        Objects.requireNonNull(key, "key");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        boolean removed = false;
        for (int i : data.evidenceIndices(key.first())) {
            if (key.matches(data.evidenceAt(i).evidence())) {
                data.removeEvidence(i);
                removed = true;
            }
        }
        if (!removed) {
            return ApplyResult.notApplicable("the evidence " + where() + " is no longer found");
        }
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Deleted " + key.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " evidence \u201c"
                + names.nameOf(key.first()) + "\u201d \u2013 \u201c" + names.nameOf(key.second()) + "\u201d " + where();
    }

    private String where() {
        return key.cableId() == null ? "(added by hand)" : "in " + key.cableId() + " \u00b6" + key.paragraph();
    }
}
