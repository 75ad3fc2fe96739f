package tieline.workspace;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tieline.model.Entity;

/**
 * Gives an entity a new canonical name. The id stays (edits refer to it); the old name is kept
 * as an alias so searches for it still find the entity.
 *
 * @param entityId the entity
 * @param newName  its new name
 * @param at       when the edit was made
 */
public record Rename(String entityId, String newName, Instant at) implements Edit {

    public Rename {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        Entity entity = data.entity(entityId).orElse(null);
        if (entity == null) {
            return Missing.entity(entityId);
        }
        String name = newName.strip();
        if (name.isEmpty()) {
            return ApplyResult.notApplicable("a name cannot be empty");
        }
        if (name.equals(entity.name())) {
            return ApplyResult.notApplicable(entityId + " is already named \u201c" + name + "\u201d");
        }
        Set<String> aliases = new LinkedHashSet<>(entity.aliases());
        aliases.add(entity.name());
        aliases.remove(name);
        data.putEntity(new Entity(entityId, entity.type(), name, aliases, entity.roles()));
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return "Renamed " + entityId + " to \u201c" + newName.strip() + "\u201d";
    }
}
