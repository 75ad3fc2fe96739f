package tieline.model;

import java.util.List;
import java.util.Set;

/**
 * A person, organization, topic or place found in the cables.
 *
 * @param id      stable id such as {@code person:araz-azimov}
 * @param type    what it is
 * @param name    canonical name
 * @param aliases other names it goes by (surname, acronym, full form)
 * @param roles   offices held over time (people)
 */
public record Entity(String id, EntityType type, String name, Set<String> aliases, List<Role> roles) {

    public Entity {
        aliases = Set.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** The stable id for a type and a name: lower case, words joined by hyphens. */
    public static String idFor(EntityType type, String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String prefix = switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case TOPIC -> "topic";
            case PLACE -> "place";
        };
        return prefix + ":" + slug;
    }
}
