package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Role;

/**
 * Gathers what the cables say about each entity into {@link Entity} records: canonical name,
 * the other surface forms as aliases, and roles over time from title evidence (first and, for
 * former offices, last date attested) merged with the gazetteer's office holdings.
 */
final class EntityTable {

    private static final class Builder {
        final String id;
        final EntityType type;
        final String name;
        final Set<String> aliases = new TreeSet<>();
        final Map<String, RoleBuilder> roles = new LinkedHashMap<>();

        Builder(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }
    }

    private static final class RoleBuilder {
        String title;
        final String orgId;
        LocalDate from;
        LocalDate to;
        boolean fixed;

        RoleBuilder(String title, String orgId) {
            this.title = title;
            this.orgId = orgId;
        }
    }

    private final Map<String, Builder> entities = new LinkedHashMap<>();
    private final NameIndex index;

    EntityTable(NameIndex index) {
        this.index = index;
    }

    void mention(ResolvedMention m) {
        Builder b = entities.computeIfAbsent(m.entityId(), id -> new Builder(id, m.type(), m.name()));
        String surface = Whitespace.collapse(m.surface());
        if (!m.reference() && !surface.equals(b.name) && !surface.isBlank() && m.paragraph() > 0
                && !(b.type != EntityType.PERSON && CableVocabulary.TITLE_HEADS.contains(firstWord(surface)))) {
            b.aliases.add(surface);
        }
        if (m.orgId() != null) {
            entities.computeIfAbsent(m.orgId(), id -> new Builder(id, typeOf(id), m.orgName()));
        }
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    void role(RoleFact f) {
        Builder b = entities.get(f.personId());
        if (b == null || !isOffice(f.title())) {
            return;
        }
        String key = (f.orgId() == null ? "" : f.orgId()) + "|" + Titles.key(f.title());
        RoleBuilder r = b.roles.computeIfAbsent(key, k -> new RoleBuilder(f.title(), f.orgId()));
        if (r.fixed || f.date() == null) {
            return;
        }
        if (f.former()) {
            if (r.to == null || f.date().isAfter(r.to)) {
                r.to = f.date();
            }
        } else if (r.from == null || f.date().isBefore(r.from)) {
            r.from = f.date();
        }
    }

    /** Adds gazetteer aliases and office holdings to the entities the cables name. */
    void addGazetteerKnowledge() {
        for (Builder b : List.copyOf(entities.values())) {
            Optional<GazetteerEntry> e = index.gazetteerEntry(b.id);
            if (e.isEmpty()) {
                continue;
            }
            for (String s : e.get().surfaces()) {
                if (!s.equals(b.name)) {
                    b.aliases.add(s);
                }
            }
            for (GazetteerOffice o : e.get().offices()) {
                String orgId = o.organization() == null ? null : organizationId(o.organization());
                String key = (orgId == null ? "" : orgId) + "|" + Titles.key(o.title());
                RoleBuilder r = b.roles.computeIfAbsent(key, k -> new RoleBuilder(o.title(), orgId));
                r.title = o.title();
                r.from = o.from();
                r.to = o.to();
                r.fixed = true;
            }
        }
    }

    private String organizationId(String organization) {
        for (GazetteerEntry e : index.gazetteerEntries()) {
            if (e.id().equals(organization) || e.hasSurface(organization)) {
                entities.computeIfAbsent(e.id(), id -> new Builder(id, e.type(), e.name()));
                return e.id();
            }
        }
        String id = EntityIds.of(EntityType.ORGANIZATION, organization);
        entities.computeIfAbsent(id, k -> new Builder(k, EntityType.ORGANIZATION, organization));
        return id;
    }

    private static EntityType typeOf(String id) {
        if (id.startsWith("topic:")) {
            return EntityType.TOPIC;
        }
        if (id.startsWith("person:")) {
            return EntityType.PERSON;
        }
        if (id.startsWith("place:")) {
            return EntityType.PLACE;
        }
        return EntityType.ORGANIZATION;
    }

    /** A rank, an honorific or a status such as AMCIT is not an office. */
    private static boolean isOffice(String title) {
        for (String w : title.split(" ")) {
            if (!CableVocabulary.RANKS.contains(w) && !NOT_OFFICES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOT_OFFICES = Set.of("AMCIT", "Amcit", "CODEL", "Codel", "STAFFDEL",
            "Staffdel", "Senior", "Retired", "Ret");

    /**
     * Folds a role into a fuller one of the same office: "Minister" into "Minister of Emergency
     * Situations", "Assistant Secretary" at DoD into "Assistant Secretary of Defense" at DoD.
     */
    private static List<RoleBuilder> fold(Collection<RoleBuilder> all) {
        List<RoleBuilder> kept = new ArrayList<>(all);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RoleBuilder r : kept) {
                RoleBuilder into = null;
                Set<String> words = Set.of(Titles.key(r.title).split(" "));
                for (RoleBuilder s : kept) {
                    if (s == r || r.fixed && !s.fixed || r.orgId != null && !r.orgId.equals(s.orgId)) {
                        continue;
                    }
                    Set<String> other = Set.of(Titles.key(s.title).split(" "));
                    boolean fuller = other.containsAll(words) && (other.size() > words.size()
                            || r.orgId == null && s.orgId != null || s.fixed && !r.fixed);
                    if (fuller) {
                        into = s;
                        break;
                    }
                }
                if (into != null) {
                    if (!into.fixed) {
                        if (r.from != null && (into.from == null || r.from.isBefore(into.from))) {
                            into.from = r.from;
                        }
                        if (r.to != null && (into.to == null || r.to.isAfter(into.to))) {
                            into.to = r.to;
                        }
                    }
                    kept.remove(r);
                    changed = true;
                    break;
                }
            }
        }
        return kept;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Builder b : entities.values()) {
            List<Role> roles = new ArrayList<>();
            for (RoleBuilder r : fold(b.roles.values())) {
                roles.add(new Role(r.title, r.orgId, r.from, r.to));
            }
            roles.sort(Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Role::title));
            out.add(new Entity(b.id, b.type, b.name, b.aliases, roles));
        }
        out.sort(Comparator.comparing(Entity::id));
        return out;
    }
}
