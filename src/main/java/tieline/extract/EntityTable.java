package tieline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Role;

/**
 * Gathers what the cables say about each entity into {@link Entity} records: canonical name,
 * the other surface forms as aliases, and roles over time from title evidence (first and, for
 * former offices, last date attested) merged with the gazetteer's office holdings.
 */
final class EntityTable {

    private final Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    private final Map<String, TitleFacts> titles = new HashMap<>();
    /** The entity id each organization named by a gazetteer office resolves to. */
    private final Map<String, String> organizationIds = new HashMap<>();
    private final NameIndex index;

    EntityTable(NameIndex index) {
        this.index = index;
    }

    void mention(ResolvedMention m) {
        EntityBuilder b = entities.get(m.entityId());
        if (b == null) {
            b = new EntityBuilder(m.entityId(), m.type(), m.name());
            entities.put(m.entityId(), b);
        }
        if (!m.reference() && m.paragraph() > 0) {
            String surface = Whitespace.collapse(m.surface());
            if (!surface.equals(b.name) && !surface.isBlank()
                    && !(b.type != EntityType.PERSON && CableVocabulary.TITLE_HEADS.contains(firstWord(surface)))) {
                b.aliases.add(surface);
            }
        }
        if (m.orgId() != null) {
            entities.computeIfAbsent(m.orgId(), id -> new EntityBuilder(id, typeOf(id), m.orgName()));
        }
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    void role(RoleFact f) {
        EntityBuilder b = entities.get(f.personId());
        if (b == null) {
            return;
        }
        TitleFacts title = title(f.title());
        if (!title.office) {
            return;
        }
        RoleBuilder r = b.roles.computeIfAbsent(new RoleKey(f.orgId(), title.key), k -> new RoleBuilder(title, f.orgId()));
        if (r.fixed) {
            return;
        }
        if (!isCapitalised(r.title.text) && isCapitalised(title.text)) {
            // an office is named as the cables write it before a name: "President", not a stray "president"
            r.title = title;
        }
        if (f.date() == null) {
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
        for (EntityBuilder b : List.copyOf(entities.values())) {
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
                TitleFacts title = title(o.title());
                RoleBuilder r = b.roles.computeIfAbsent(new RoleKey(orgId, title.key), k -> new RoleBuilder(title, orgId));
                r.title = title;
                r.from = o.from();
                r.to = o.to();
                r.fixed = true;
            }
        }
    }

    private TitleFacts title(String text) {
        TitleFacts t = titles.get(text);
        if (t == null) {
            t = new TitleFacts(text);
            titles.put(text, t);
        }
        return t;
    }

    private String organizationId(String organization) {
        // once resolved, later calls would find the entity made already: only the id is wanted
        String known = organizationIds.get(organization);
        if (known != null) {
            return known;
        }
        String id = resolveOrganization(organization);
        organizationIds.put(organization, id);
        return id;
    }

    private String resolveOrganization(String organization) {
        for (GazetteerEntry e : index.gazetteerEntries()) {
            if (e.id().equals(organization) || e.hasSurface(organization)) {
                entities.computeIfAbsent(e.id(), id -> new EntityBuilder(id, e.type(), e.name()));
                return e.id();
            }
        }
        String id = EntityIds.of(EntityType.ORGANIZATION, organization);
        entities.computeIfAbsent(id, k -> new EntityBuilder(k, EntityType.ORGANIZATION, organization));
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
                Set<String> words = r.title.keyWords;
                for (RoleBuilder s : kept) {
                    if (s == r || r.fixed && !s.fixed || r.orgId != null && !r.orgId.equals(s.orgId)) {
                        continue;
                    }
                    Set<String> other = s.title.keyWords;
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

    /**
     * By first date (undated first), then title; written out, since composed comparators
     * (Comparator.comparing...) share call sites across the program that the compiler cannot inline.
     */
    private static final Comparator<Role> ROLE_ORDER = (a, b) -> {
        if (a.from() == null || b.from() == null) {
            if (a.from() != b.from()) {
                return a.from() == null ? -1 : 1;
            }
        } else {
            int c = a.from().compareTo(b.from());
            if (c != 0) {
                return c;
            }
        }
        return a.title().compareTo(b.title());
    };

    /** Every entity, by id. */
    List<Entity> entities() {
        EntityById[] sorted = new EntityById[entities.size()];
        int n = 0;
        for (EntityBuilder b : entities.values()) {
            sorted[n++] = new EntityById(new Entity(b.id, b.type, b.name, b.aliases.toSet(), roles(b)));
        }
        Arrays.sort(sorted);
        List<Entity> out = new ArrayList<>(n);
        for (EntityById e : sorted) {
            out.add(e.entity);
        }
        return out;
    }

    private static boolean isCapitalised(String title) {
        return !title.isEmpty() && Character.isUpperCase(title.charAt(0));
    }

    private static List<Role> roles(EntityBuilder b) {
        if (b.roles.isEmpty()) {
            return List.of();
        }
        List<RoleBuilder> folded = fold(b.roles.values());
        boolean holdsAnOffice = folded.stream().anyMatch(r -> r.orgId != null || isCapitalised(r.title.text));
        List<Role> roles = new ArrayList<>();
        for (RoleBuilder r : folded) {
            // beside an office, a bare lower-case description ("union leader Lula", "party founder
            // Chirac", "candidate") is how a sentence saw the person, not a role of theirs
            if (!holdsAnOffice || r.orgId != null || isCapitalised(r.title.text)) {
                roles.add(new Role(r.title.text, r.orgId, r.from, r.to));
            }
        }
        roles.sort(ROLE_ORDER);
        return List.copyOf(roles);
    }
}
