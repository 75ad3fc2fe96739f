package tieline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    private static final class Builder {
        final String id;
        final EntityType type;
        final String name;
        final Aliases aliases = new Aliases();
        final Map<RoleKey, RoleBuilder> roles = new LinkedHashMap<>();

        Builder(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }
    }

    /**
     * The other names of one entity. Most entities have none or one, so the set is made only for
     * a second; their order does not matter, since {@link Entity} keeps them in an immutable set.
     */
    private static final class Aliases {
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

    private static final class RoleBuilder {
        Title title;
        final String orgId;
        LocalDate from;
        LocalDate to;
        boolean fixed;

        RoleBuilder(Title title, String orgId) {
            this.title = title;
            this.orgId = orgId;
        }
    }

    /**
     * What the table needs to know about a title, worked out once per distinct title text (a
     * corpus has some thousand of them for tens of thousands of role facts): its comparison
     * key, the words of that key, and whether it names an office.
     */
    private static final class Title {
        final String text;
        final String key;
        final Set<String> keyWords;
        final boolean office;

        Title(String text) {
            this.text = text;
            this.key = Titles.key(text);
            this.keyWords = Set.of(key.split(" "));
            this.office = isOffice(text);
        }
    }

    /**
     * One office of a person: the organization ("" when unknown) and the title's key. Title keys
     * come from the table's title cache, one string per key, so they compare by identity first.
     */
    private static final class RoleKey {
        private final String orgId;
        private final String titleKey;
        private final int hash;

        RoleKey(String orgId, String titleKey) {
            this.orgId = orgId == null ? "" : orgId;
            this.titleKey = titleKey;
            this.hash = 31 * this.orgId.hashCode() + titleKey.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RoleKey k && k.hash == hash && (k.titleKey == titleKey || k.titleKey.equals(titleKey))
                    && k.orgId.equals(orgId);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<String, Builder> entities = new LinkedHashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    /** The entity id each organization named by a gazetteer office resolves to. */
    private final Map<String, String> organizationIds = new HashMap<>();
    private final NameIndex index;

    EntityTable(NameIndex index) {
        this.index = index;
    }

    void mention(ResolvedMention m) {
        Builder b = entities.get(m.entityId());
        if (b == null) {
            b = new Builder(m.entityId(), m.type(), m.name());
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
            entities.computeIfAbsent(m.orgId(), id -> new Builder(id, typeOf(id), m.orgName()));
        }
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    void role(RoleFact f) {
        Builder b = entities.get(f.personId());
        if (b == null) {
            return;
        }
        Title title = title(f.title());
        if (!title.office) {
            return;
        }
        RoleBuilder r = b.roles.computeIfAbsent(new RoleKey(f.orgId(), title.key), k -> new RoleBuilder(title, f.orgId()));
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
                Title title = title(o.title());
                RoleBuilder r = b.roles.computeIfAbsent(new RoleKey(orgId, title.key), k -> new RoleBuilder(title, orgId));
                r.title = title;
                r.from = o.from();
                r.to = o.to();
                r.fixed = true;
            }
        }
    }

    private Title title(String text) {
        Title t = titles.get(text);
        if (t == null) {
            t = new Title(text);
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
        ById[] sorted = new ById[entities.size()];
        int n = 0;
        for (Builder b : entities.values()) {
            sorted[n++] = new ById(new Entity(b.id, b.type, b.name, b.aliases.toSet(), roles(b)));
        }
        Arrays.sort(sorted);
        List<Entity> out = new ArrayList<>(n);
        for (ById e : sorted) {
            out.add(e.entity);
        }
        return out;
    }

    /**
     * An entity with the first sixteen characters of its id packed into two numbers that order as
     * the text does, so that sorting ten thousand entities by id mostly compares numbers (a text
     * comparison costs some ten times more). Ids that agree on those sixteen characters, or have
     * one past U+00FF among them, are compared as text.
     */
    private static final class ById implements Comparable<ById> {
        private static final int PACKED = 16;
        final Entity entity;
        private final long head;
        private final long tail;
        private final boolean packed;

        ById(Entity entity) {
            this.entity = entity;
            String id = entity.id();
            long h = 0;
            long t = 0;
            boolean fits = true;
            for (int i = 0; i < PACKED; i++) {
                // past the end counts as 0, below every character: a prefix sorts first, as in text
                int c = i < id.length() ? id.charAt(i) : 0;
                fits &= c <= 0xFF;
                if (i < PACKED / 2) {
                    h = h << 8 | (c & 0xFF);
                } else {
                    t = t << 8 | (c & 0xFF);
                }
            }
            this.head = h;
            this.tail = t;
            this.packed = fits;
        }

        @Override
        public int compareTo(ById o) {
            if (packed && o.packed) {
                int c = Long.compareUnsigned(head, o.head);
                if (c == 0) {
                    c = Long.compareUnsigned(tail, o.tail);
                }
                if (c != 0) {
                    return c;
                }
            }
            return entity.id().compareTo(o.entity.id());
        }
    }

    private static List<Role> roles(Builder b) {
        if (b.roles.isEmpty()) {
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        for (RoleBuilder r : fold(b.roles.values())) {
            roles.add(new Role(r.title.text, r.orgId, r.from, r.to));
        }
        roles.sort(ROLE_ORDER);
        return List.copyOf(roles);
    }
}
