package tieline.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;

/**
 * The relationship graph of an {@link Extraction}: entities as vertices (by id), one
 * {@link Relationship} edge per linked pair holding its dated timeline, plus the cables and
 * mentions behind them. Only entities a cable mentions or evidence links are vertices; the
 * others (known only from the gazetteer, say) are kept for {@link #entity(String)} look-ups,
 * e.g. of a role's organization. Immutable once built; look at it through {@link #view(GraphFilter)}.
 */
public final class RelationshipGraph {

    private final Map<String, Entity> entities;
    private final List<Entity> entityList;
    private final List<Relationship> relationshipList;
    private final List<Cable> cableList;
    private final Map<String, Cable> cables;
    private final Map<String, List<Mention>> mentions;
    private final Map<String, List<Evidence>> evidenceByEntity;
    private final Map<String, Relationship> relationships;
    private final Graph<String, Relationship> graph;
    private final CableMarkings markings;
    private final List<String> skipped;
    private final Comparator<Evidence> evidenceOrder;
    private volatile GraphView allView;

    private RelationshipGraph(Map<String, Entity> entities, Map<String, Cable> cables,
                              Map<String, List<Mention>> mentions, Map<String, List<Evidence>> evidenceByEntity,
                              Map<String, Relationship> relationships, Graph<String, Relationship> graph,
                              List<String> skipped, Comparator<Evidence> evidenceOrder) {
        this.entities = entities;
        this.cables = cables;
        this.mentions = mentions;
        this.evidenceByEntity = evidenceByEntity;
        this.relationships = relationships;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.markings = new CableMarkings(cables);
        this.skipped = List.copyOf(skipped);
        this.evidenceOrder = evidenceOrder;
        this.entityList = List.copyOf(entities.values());
        this.relationshipList = List.copyOf(relationships.values());
        this.cableList = List.copyOf(cables.values());
    }

    /**
     * Builds the graph. Evidence whose two ends are the same entity, or that names an entity
     * the extraction does not hold, is left out and described in {@link #skipped()}; so are
     * mentions of unknown entities. A repeated entity or cable id keeps its first occurrence.
     */
    public static RelationshipGraph build(Extraction extraction) {
        List<String> skipped = new ArrayList<>();
        Map<String, Cable> cables = new LinkedHashMap<>(extraction.cables().size() * 2);
        for (Cable c : extraction.cables()) {
            if (c.id() == null) {
                skipped.add("cable " + c.source() + " has no id; it is cited by its file name, " + c.key());
            }
            if (cables.putIfAbsent(c.key(), c) != null) {
                skipped.add("cable " + c.key() + " appears twice (" + c.source() + "); the first is kept");
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>(extraction.entities().size() * 2);
        for (Entity e : extraction.entities()) {
            if (entities.putIfAbsent(e.id(), e) != null) {
                skipped.add("entity " + e.id() + " appears twice; the first is kept");
            }
        }
        Comparator<Evidence> order = EvidenceOrder.byDateCableParagraph(id -> {
            Cable c = cables.get(id);
            return c == null ? null : c.dateTime();
        });

        Map<String, List<Mention>> mentions = new HashMap<>(entities.size() * 2);
        for (Mention m : extraction.mentions()) {
            if (!entities.containsKey(m.entityId())) {
                skipped.add("mention '" + m.text() + "' in " + m.cableId() + " ¶" + m.paragraph()
                        + " names unknown entity " + m.entityId());
                continue;
            }
            mentions.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        }
        Comparator<Mention> mentionOrder = mentionOrder(cables);
        for (List<Mention> list : mentions.values()) {
            list.sort(mentionOrder);
        }

        Map<String, List<Evidence>> byPair = new LinkedHashMap<>(extraction.evidence().size() * 2);
        Map<String, List<Evidence>> byEntity = new HashMap<>(entities.size() * 2);
        for (Evidence e : extraction.evidence()) {
            String problem = problemWith(e, entities);
            if (problem != null) {
                skipped.add("evidence in " + e.cableId() + " ¶" + e.paragraph() + " " + problem);
                continue;
            }
            byPair.computeIfAbsent(Relationship.idFor(e.sourceId(), e.targetId()), k -> new ArrayList<>()).add(e);
            byEntity.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e);
            byEntity.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e);
        }
        for (List<Evidence> list : byEntity.values()) {
            list.sort(order);
        }

        Graph<String, Relationship> graph = GraphTypeBuilder.<String, Relationship>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();
        for (String id : entities.keySet()) {
            if (mentions.containsKey(id) || byEntity.containsKey(id)) {
                graph.addVertex(id);
            }
        }
        Map<String, Relationship> relationships = new LinkedHashMap<>(byPair.size() * 2);
        for (List<Evidence> list : byPair.values()) {
            Evidence first = list.get(0);
            Relationship r = Relationship.of(first.sourceId(), first.targetId(), list, order);
            relationships.put(r.id(), r);
            graph.addEdge(r.sourceId(), r.targetId(), r);
        }
        return new RelationshipGraph(Collections.unmodifiableMap(entities), Collections.unmodifiableMap(cables),
                unmodifiableLists(mentions), unmodifiableLists(byEntity), Collections.unmodifiableMap(relationships),
                graph, skipped, order);
    }

    private static String problemWith(Evidence e, Map<String, Entity> entities) {
        if (e.sourceId() == null || e.targetId() == null) {
            return "lacks an end";
        }
        if (e.sourceId().equals(e.targetId())) {
            return "links " + e.sourceId() + " to itself";
        }
        if (!entities.containsKey(e.sourceId())) {
            return "names unknown entity " + e.sourceId();
        }
        if (!entities.containsKey(e.targetId())) {
            return "names unknown entity " + e.targetId();
        }
        if (e.type() == null) {
            return "has no relation type";
        }
        return null;
    }

    private static Comparator<Mention> mentionOrder(Map<String, Cable> cables) {
        Comparator<String> cableOrder = Comparator.<String, Instant>comparing(id -> {
            Cable c = cables.get(id);
            return c == null ? null : c.dateTime();
        }, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
        return Comparator.comparing(Mention::cableId, Comparator.nullsLast(cableOrder))
                .thenComparingInt(Mention::paragraph)
                .thenComparingInt(Mention::start);
    }

    private static <T> Map<String, List<T>> unmodifiableLists(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, Collections.unmodifiableList(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Every entity of the extraction, in its order, including those that are not vertices. */
    public List<Entity> entities() {
        return entityList;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Every relationship, in order of first evidence in the extraction. */
    public List<Relationship> relationships() {
        return relationshipList;
    }

    /** The relationship between two entities, whichever order they are given in. */
    public Optional<Relationship> relationship(String a, String b) {
        return Optional.ofNullable(relationships.get(Relationship.idFor(a, b)));
    }

    /** The relationship with this id ({@code rel:<a>|<b>}). */
    public Optional<Relationship> relationship(String id) {
        return Optional.ofNullable(relationships.get(id));
    }

    /** The relationships an entity takes part in. */
    public Set<Relationship> relationshipsOf(String entityId) {
        return graph.containsVertex(entityId) ? graph.edgesOf(entityId) : Set.of();
    }

    /** Every cable, in extraction order. */
    public List<Cable> cables() {
        return cableList;
    }

    public Optional<Cable> cable(String id) {
        return Optional.ofNullable(cables.get(id));
    }

    /** Every mention of an entity, by cable date then paragraph then offset. */
    public List<Mention> mentionsOf(String entityId) {
        return mentions.getOrDefault(entityId, List.of());
    }

    /** Every piece of evidence an entity takes part in, in timeline order. */
    public List<Evidence> evidenceOf(String entityId) {
        return evidenceByEntity.getOrDefault(entityId, List.of());
    }

    /** The order every timeline is sorted by. */
    public Comparator<Evidence> evidenceOrder() {
        return evidenceOrder;
    }

    /** The marking a mention is read under: its paragraph's portion marking, else the cable's. */
    public Classification markingOf(Mention mention) {
        return markings.markingOf(mention.cableId(), mention.paragraph());
    }

    /** The date a mention is dated by: its cable's date, or null when unknown. */
    public LocalDate dateOf(Mention mention) {
        Cable c = cables.get(mention.cableId());
        return c == null ? null : c.date();
    }

    /** Read-only JGraphT graph: vertices are entity ids, edges are relationships. */
    public Graph<String, Relationship> jgraph() {
        return graph;
    }

    /** What was left out while building, one plain sentence each. */
    public List<String> skipped() {
        return skipped;
    }

    /** A filtered view of this graph; nothing is copied. {@link GraphFilter#ALL} gives the same view each time. */
    public GraphView view(GraphFilter filter) {
        if (filter.isAll()) {
            GraphView v = allView;
            if (v == null) {
                synchronized (this) {
                    v = allView;
                    if (v == null) {
                        v = new GraphView(this, GraphFilter.ALL, null);
                        allView = v;
                    }
                }
            }
            return v;
        }
        return new GraphView(this, filter, null);
    }

    /** The unfiltered view. */
    public GraphView view() {
        return view(GraphFilter.ALL);
    }
}
