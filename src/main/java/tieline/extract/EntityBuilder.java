package tieline.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import tieline.model.EntityType;

/** One entity while the table gathers it: id, type, canonical name, other names and offices. */
final class EntityBuilder {
    final String id;
    final EntityType type;
    final String name;
    final Aliases aliases = new Aliases();
    final Map<RoleKey, RoleBuilder> roles = new LinkedHashMap<>();

    EntityBuilder(String id, EntityType type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }
}
