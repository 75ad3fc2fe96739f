package tieline.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tieline.model.Entity;
import tieline.model.EntityType;

/**
 * {@link Entity#idFor} with a memory: ids are made for the same few thousand names tens of
 * thousands of times per corpus, and making one normalises Unicode and runs regular expressions.
 */
final class EntityIds {

    private static final int LIMIT = 500_000;
    /** One memory per entity type, keyed by the name itself (no key string is made per look-up). */
    private static final Map<EntityType, Map<String, String>> CACHE = new EnumMap<>(EntityType.class);

    static {
        for (EntityType t : EntityType.values()) {
            CACHE.put(t, new ConcurrentHashMap<>());
        }
    }

    private EntityIds() {
    }

    static String of(EntityType type, String name) {
        if (name == null) {
            return Entity.idFor(type, null);
        }
        Map<String, String> ids = CACHE.get(type);
        String id = ids.get(name);
        if (id == null) {
            if (ids.size() > LIMIT) {
                ids.clear();
            }
            id = Entity.idFor(type, name);
            ids.put(name, id);
        }
        return id;
    }
}
