package tieline.workspace;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Fixes an entity's position on the canvas so the layout leaves it there.
 *
 * @param entityId the entity
 * @param x        horizontal position in layout coordinates
 * @param y        vertical position in layout coordinates
 * @param at       when the edit was made
 */
public record PinPosition(String entityId, double x, double y, Instant at) implements Edit {

    public PinPosition {
        Objects.requireNonNull(entityId, "entityId");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (data.entity(entityId).isEmpty()) {
            return Missing.entity(entityId);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return ApplyResult.notApplicable("a position must be a finite number");
        }
        data.mutablePins().put(entityId, new Pin(x, y));
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return String.format(Locale.ROOT, "Pinned \u201c%s\u201d at (%.0f, %.0f)", names.nameOf(entityId), x, y);
    }
}
