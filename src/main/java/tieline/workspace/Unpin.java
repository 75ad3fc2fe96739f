package tieline.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * Releases a pinned entity so the layout may move it again.
 *
 * @param entityId the entity
 * @param at       when the edit was made
 */
public record Unpin(String entityId, Instant at) implements Edit {

    public Unpin {
        Objects.requireNonNull(entityId, "entityId");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (data.entity(entityId).isEmpty()) {
            return Missing.entity(entityId);
        }
        if (data.mutablePins().remove(entityId) == null) {
            return ApplyResult.notApplicable(entityId + " is not pinned");
        }
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Unpinned \u201c" + names.nameOf(entityId) + "\u201d";
    }
}
