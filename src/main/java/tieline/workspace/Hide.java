package tieline.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * Hides an entity from the graph, with its links; nothing is deleted and {@link Unhide} brings
 * it back.
 *
 * @param entityId the entity
 * @param at       when the edit was made
 */
public record Hide(String entityId, Instant at) implements Edit {

    public Hide {
        Objects.requireNonNull(entityId, "entityId");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (data.entity(entityId).isEmpty()) {
            return Missing.entity(entityId);
        }
        if (!data.hidden().add(entityId)) {
            return ApplyResult.notApplicable(entityId + " is already hidden");
        }
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Hid \u201c" + names.nameOf(entityId) + "\u201d";
    }
}
