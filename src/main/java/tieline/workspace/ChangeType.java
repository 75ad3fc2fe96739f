package tieline.workspace;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import tieline.model.Entity;
import tieline.model.EntityType;

/**
 * Changes what kind of thing an entity is. The id keeps its old prefix: ids are stable names
 * that later edits refer to, not descriptions.
 *
 * @param entityId the entity
 * @param newType  its new type
 * @param at       when the edit was made
 */
public record ChangeType(String entityId, EntityType newType, Instant at) implements Edit {

    public ChangeType {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(newType, "newType");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        Entity entity = data.entity(entityId).orElse(null);
        if (entity == null) {
            return Missing.entity(entityId);
        }
        if (entity.type() == newType) {
            return ApplyResult.notApplicable(entity.name() + " is already a " + lower(newType));
        }
        data.putEntity(new Entity(entityId, newType, entity.name(), entity.aliases(), entity.roles()));
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Made \u201c" + names.nameOf(entityId) + "\u201d a " + lower(newType);
    }

    private static String lower(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
