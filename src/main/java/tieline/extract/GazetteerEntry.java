package tieline.extract;

import java.util.List;
import tieline.model.Entity;
import tieline.model.EntityType;

/**
 * One known entity: canonical name, acronym, aliases and (for people) offices over time.
 *
 * @param id      stable entity id; derived from the acronym (when there is one) or the name when absent
 * @param type    person, organization, topic or place
 * @param name    canonical name, e.g. {@code Ministry of Emergency Situations}
 * @param acronym e.g. {@code MES}, or null
 * @param aliases other names the entity goes by in cables
 * @param country the country a government body belongs to (scopes generic names such as
 *                "Ministry of Defense" to cables from that country's posts), or null
 * @param offices offices held (people only)
 */
public record GazetteerEntry(String id, EntityType type, String name, String acronym, List<String> aliases,
                             String country, List<GazetteerOffice> offices) {

    public GazetteerEntry {
        if (type == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a gazetteer entry needs a type and a name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        offices = offices == null ? List.of() : List.copyOf(offices);
        acronym = acronym == null || acronym.isBlank() ? null : acronym.trim();
        if (id == null || id.isBlank()) {
            id = Entity.idFor(type, acronym != null ? acronym : name);
        }
    }

    /** An entry with just a type and a name (the id follows from them). */
    public static GazetteerEntry of(EntityType type, String name) {
        return new GazetteerEntry(null, type, name, null, List.of(), null, List.of());
    }

    /** True when the text is one of the {@link #surfaces()}, without making the list. */
    public boolean hasSurface(String text) {
        return name.equals(text) || text.equals(acronym) || aliases.contains(text);
    }

    /** Every surface form: name, acronym and aliases. */
    public List<String> surfaces() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        if (acronym != null) {
            all.add(acronym);
        }
        all.addAll(aliases);
        return all;
    }
}
