package tieline.workspace;

import java.util.List;
import java.util.Objects;
import tieline.model.Entity;
import tieline.model.EntityType;

/**
 * A name the analyst added to the gazetteer so that extraction finds it.
 *
 * @param name    canonical name
 * @param type    what it is
 * @param aliases other names it goes by
 */
public record GazetteerAddition(String name, EntityType type, List<String> aliases) {

    public GazetteerAddition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** True when the name is not blank (only such additions reach the extractor). */
    public boolean isUsable() {
        return !name.isBlank();
    }

    /** The stable id extraction gives the entity. */
    public String entityId() {
        return Entity.idFor(type, name);
    }
}
