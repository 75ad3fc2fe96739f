package tieline.extract;

import java.util.HashSet;
import java.util.Set;
import tieline.model.Entity;

/**
 * The other names of one entity. Most entities have none or one, so the set is made only for
 * a second; their order does not matter, since {@link Entity} keeps them in an immutable set.
 */
final class Aliases {
    private String first;
    private Set<String> all;

    void add(String alias) {
        if (all != null) {
            all.add(alias);
        } else if (first == null) {
            first = alias;
        } else if (!first.equals(alias)) {
            all = new HashSet<>();
            all.add(first);
            all.add(alias);
        }
    }

    /** An immutable set, which {@link Entity} keeps as it is instead of copying. */
    Set<String> toSet() {
        return all != null ? Set.of(all.toArray(new String[0])) : first != null ? Set.of(first) : Set.of();
    }
}
