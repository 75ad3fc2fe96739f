package tieline.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * Shows a hidden entity again.
 *
 * @param entityId the entity
 * @param at       when the edit was made
 */
public record Unhide(String entityId, Instant at) implements Edit {

    public Unhide {
        Objects.requireNonNull(entityId, "entityId");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (data.entity(entityId).isEmpty()) {
            return Missing.entity(entityId);
        }
        if (!data.hidden().remove(entityId)) {
            return ApplyResult.notApplicable(entityId + " is not hidden");
        }
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Showed \u201c" + names.nameOf(entityId) + "\u201d again";
    }
}
