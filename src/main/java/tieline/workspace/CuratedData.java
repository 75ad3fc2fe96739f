package tieline.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import tieline.cable.Cable;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.Role;

/**
 * The extraction as the analyst has corrected it: entities, mentions and evidence after the
 * edits, plus what the edits add beside the data (hidden entities, notes, pins, gazetteer
 * additions, which evidence was added by hand). Built fresh from a raw {@link Extraction} and
 * changed only by {@link Edit#apply}; the graph is built from {@link #visibleExtraction()}.
 *
 * <p>Mentions and evidence are indexed by entity, so an edit touches only what concerns its
 * entities and a replay of many edits over the whole corpus stays fast; deleted evidence
 * leaves an empty slot so positions stay valid. Evidence between two names that were merged
 * into one entity is kept (it never becomes a self-loop in the graph):
 * {@link #internalEvidence(String)} lists it, and splitting the name back out turns it into an
 * ordinary link again.
 */
public final class CuratedData {

    private final List<Cable> cables;
    private final Map<String, Cable> cablesById = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions;
    private final Map<String, List<Integer>> mentionsByEntity = new HashMap<>();
    private final List<CuratedEvidence> evidence;
    private final Map<String, Set<Integer>> evidenceByEntity = new HashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Pin> pins = new LinkedHashMap<>();
    private final List<GazetteerAddition> gazetteerAdditions = new ArrayList<>();
    private final Map<String, String> knownNames = new LinkedHashMap<>();
    /** Entities whose roles name an organisation, by organisation id (may hold stale ids; checked on use). */
    private final Map<String, Set<String>> roleHolders = new HashMap<>();

    private CuratedData(Extraction raw) {
        cables = raw.cables();
        for (Cable c : cables) {
            cablesById.putIfAbsent(c.id(), c);
        }
        for (Entity e : raw.entities()) {
            putEntity(e);
        }
        mentions = new ArrayList<>(raw.mentions());
        for (int i = 0; i < mentions.size(); i++) {
            mentionsByEntity.computeIfAbsent(mentions.get(i).entityId(), k -> new ArrayList<>()).add(i);
        }
        evidence = new ArrayList<>(raw.evidence().size());
        for (Evidence e : raw.evidence()) {
            addEvidence(new CuratedEvidence(e, false));
        }
    }

    /** The uncorrected starting point: the extraction as it came from the extractor. */
    public static CuratedData from(Extraction raw) {
        return new CuratedData(raw);
    }

    // ---- reading ----

    /** Everything after the edits, hidden entities included; evidence internal to an entity left out. */
    public Extraction extraction() {
        List<Evidence> links = new ArrayList<>(evidence.size());
        for (CuratedEvidence c : evidence) {
            if (c != null && !isSelfLink(c.evidence())) {
                links.add(c.evidence());
            }
        }
        return new Extraction(cables, List.copyOf(entities.values()), mentions, links);
    }

    /** What the graph shows: as {@link #extraction()} without hidden entities, their mentions and links. */
    public Extraction visibleExtraction() {
        if (hidden.isEmpty()) {
            return extraction();
        }
        List<Evidence> links = new ArrayList<>(evidence.size());
        for (CuratedEvidence c : evidence) {
            if (c != null) {
                Evidence e = c.evidence();
                if (!isSelfLink(e) && !hidden.contains(e.sourceId()) && !hidden.contains(e.targetId())) {
                    links.add(e);
                }
            }
        }
        return new Extraction(cables,
                entities.values().stream().filter(e -> !hidden.contains(e.id())).toList(),
                mentions.stream().filter(m -> !hidden.contains(m.entityId())).toList(),
                links);
    }

    /** The entity with this id, when it exists (hidden or not). */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** All entities, hidden ones included. */
    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(entities.values());
    }

    /** The cable with this id, when it is loaded. */
    public Optional<Cable> cable(String id) {
        return Optional.ofNullable(cablesById.get(id));
    }

    /** Ids of the hidden entities, in the order they were hidden. */
    public Set<String> hiddenIds() {
        return Collections.unmodifiableSet(hidden);
    }

    public boolean isHidden(String entityId) {
        return hidden.contains(entityId);
    }

    /** Notes by target: an entity id or a {@link RelationshipId} text. */
    public Map<String, String> notes() {
        return Collections.unmodifiableMap(notes);
    }

    /** Pinned positions by entity id. */
    public Map<String, Pin> pins() {
        return Collections.unmodifiableMap(pins);
    }

    /** Names added to the gazetteer, in the order they were added. */
    public List<GazetteerAddition> gazetteerAdditions() {
        return Collections.unmodifiableList(gazetteerAdditions);
    }

    /** True when the evidence was added by hand rather than extracted. */
    public boolean isManual(Evidence e) {
        return manualEvidence().contains(e);
    }

    /** Evidence added by hand, as it stands after later edits. */
    public Set<Evidence> manualEvidence() {
        Set<Evidence> manual = new LinkedHashSet<>();
        for (CuratedEvidence c : evidence) {
            if (c != null && c.manual()) {
                manual.add(c.evidence());
            }
        }
        return manual;
    }

    /** Evidence linking two names that were merged into this entity. */
    public List<Evidence> internalEvidence(String entityId) {
        List<Evidence> internal = new ArrayList<>();
        for (int i : evidenceIndices(entityId)) {
            Evidence e = evidence.get(i).evidence();
            if (e.sourceId().equals(entityId) && e.targetId().equals(entityId)) {
                internal.add(e);
            }
        }
        return internal;
    }

    /** How many mentions the entity has. */
    public int mentionCount(String entityId) {
        return mentionsByEntity.getOrDefault(entityId, List.of()).size();
    }

    /** Names for history descriptions: the current name, else the last name an id had. */
    public NameLookup names() {
        return id -> {
            Entity e = entities.get(id);
            if (e != null) {
                return e.name();
            }
            return RelationshipId.parse(id)
                    .map(r -> names().nameOf(r.first()) + " \u2013 " + names().nameOf(r.second()))
                    .orElseGet(() -> knownNames.getOrDefault(id, id));
        };
    }

    /** True when some evidence (hidden or not) links the two entities. */
    public boolean hasRelationship(RelationshipId rel) {
        for (int i : evidenceIndices(rel.first())) {
            Evidence e = evidence.get(i).evidence();
            if (!isSelfLink(e) && RelationshipId.of(e.sourceId(), e.targetId()).equals(rel)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSelfLink(Evidence e) {
        return e.sourceId().equals(e.targetId());
    }

    // ---- changing (for edits) ----

    void putEntity(Entity e) {
        entities.put(e.id(), e);
        knownNames.put(e.id(), e.name());
        for (Role r : e.roles()) {
            if (r.organizationId() != null) {
                roleHolders.computeIfAbsent(r.organizationId(), k -> new LinkedHashSet<>()).add(e.id());
            }
        }
    }

    void removeEntity(String id) {
        entities.remove(id);
        hidden.remove(id);
        pins.remove(id);
    }

    /** Positions of the entity's mentions, in order. */
    List<Integer> mentionIndices(String entityId) {
        return List.copyOf(mentionsByEntity.getOrDefault(entityId, List.of()));
    }

    Mention mention(int index) {
        return mentions.get(index);
    }

    /** Makes the mentions at these positions (all currently of {@code from}) mentions of {@code to}. */
    void reassignMentions(String from, Collection<Integer> indices, String to) {
        if (indices.isEmpty() || from.equals(to)) {
            return;
        }
        Set<Integer> moving = new java.util.HashSet<>(indices);
        for (int i : moving) {
            Mention m = mentions.get(i);
            mentions.set(i, new Mention(to, m.cableId(), m.paragraph(), m.start(), m.end(), m.text()));
        }
        List<Integer> left = mentionsByEntity.getOrDefault(from, new ArrayList<>());
        left.removeIf(moving::contains);
        if (left.isEmpty()) {
            mentionsByEntity.remove(from);
        }
        List<Integer> target = mentionsByEntity.computeIfAbsent(to, k -> new ArrayList<>());
        target.addAll(moving);
        Collections.sort(target);
    }

    /** Positions of the evidence the entity takes part in, in order. */
    Set<Integer> evidenceIndices(String entityId) {
        Set<Integer> found = evidenceByEntity.get(entityId);
        return found == null ? Set.of() : new TreeSet<>(found);
    }

    CuratedEvidence evidenceAt(int index) {
        return evidence.get(index);
    }

    /** Adds evidence at the end. */
    void addEvidence(CuratedEvidence c) {
        int index = evidence.size();
        evidence.add(c);
        index(c.evidence(), index);
    }

    /** Replaces a piece of evidence, keeping the index by entity right. */
    void setEvidence(int index, CuratedEvidence c) {
        CuratedEvidence old = evidence.set(index, c);
        if (old != null) {
            unindex(old.evidence(), index);
        }
        index(c.evidence(), index);
    }

    /** Deletes a piece of evidence, leaving its slot empty. */
    void removeEvidence(int index) {
        CuratedEvidence old = evidence.set(index, null);
        if (old != null) {
            unindex(old.evidence(), index);
        }
    }

    private void index(Evidence e, int index) {
        evidenceByEntity.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(index);
        evidenceByEntity.computeIfAbsent(e.targetId(), k -> new LinkedHashSet<>()).add(index);
    }

    private void unindex(Evidence e, int index) {
        for (String id : List.of(e.sourceId(), e.targetId())) {
            Set<Integer> s = evidenceByEntity.get(id);
            if (s != null) {
                s.remove(index);
            }
        }
    }

    Set<String> hidden() {
        return hidden;
    }

    Map<String, String> mutableNotes() {
        return notes;
    }

    Map<String, Pin> mutablePins() {
        return pins;
    }

    List<GazetteerAddition> mutableGazetteerAdditions() {
        return gazetteerAdditions;
    }

    /**
     * Makes every reference to {@code from} refer to {@code to}: mentions, evidence ends, roles'
     * organisations and relationship notes. Entities themselves are left to the caller.
     *
     * @return how many pieces of evidence now link {@code to} with itself
     */
    int redirect(String from, String to) {
        reassignMentions(from, mentionIndices(from), to);
        int selfLinks = 0;
        for (int i : evidenceIndices(from)) {
            CuratedEvidence c = evidence.get(i);
            Evidence moved = rewriteEnds(c.evidence(), id -> id.equals(from) ? to : id);
            setEvidence(i, c.withEvidence(moved));
            if (isSelfLink(moved)) {
                selfLinks++;
            }
        }
        for (String holder : List.copyOf(roleHolders.getOrDefault(from, Set.of()))) {
            Entity e = entities.get(holder);
            if (e != null && e.roles().stream().anyMatch(r -> from.equals(r.organizationId()))) {
                List<Role> roles = e.roles().stream()
                        .map(r -> from.equals(r.organizationId())
                                ? new Role(r.title(), to, r.from(), r.to()) : r)
                        .distinct().toList();
                putEntity(new Entity(e.id(), e.type(), e.name(), e.aliases(), roles));
            }
        }
        roleHolders.remove(from);
        Map<String, String> moved = new LinkedHashMap<>();
        notes.entrySet().removeIf(n -> {
            Optional<RelationshipId> rel = RelationshipId.parse(n.getKey());
            if (rel.isPresent() && rel.get().touches(from)) {
                String other = rel.get().first().equals(from) ? rel.get().second() : rel.get().first();
                String target = other.equals(to) ? to : RelationshipId.of(to, other).toString();
                moved.merge(target, n.getValue(), CuratedData::joinNotes);
                return true;
            }
            return false;
        });
        moved.forEach((k, v) -> notes.merge(k, v, CuratedData::joinNotes));
        return selfLinks;
    }

    static String joinNotes(String a, String b) {
        return a + "\n\n" + b;
    }

    static Evidence rewriteEnds(Evidence e, UnaryOperator<String> ids) {
        String s = ids.apply(e.sourceId());
        String t = ids.apply(e.targetId());
        if (s.equals(e.sourceId()) && t.equals(e.targetId())) {
            return e;
        }
        return new Evidence(s, t, e.type(), e.cableId(), e.paragraph(), e.marking(), e.date(), e.dateFrom(),
                e.quote());
    }
}
