package tieline.extract;

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
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private EntityIds() {
    }

    static String of(EntityType type, String name) {
        String key = type.ordinal() + name;
        String id = CACHE.get(key);
        if (id == null) {
            if (CACHE.size() > LIMIT) {
                CACHE.clear();
            }
            id = Entity.idFor(type, name);
            CACHE.put(key, id);
        }
        return id;
    }
}
