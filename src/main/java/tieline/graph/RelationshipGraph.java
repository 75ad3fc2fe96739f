package tieline.graph;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
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

    private final Map<String, EntityEntry> entities;
    private final List<Entity> entityList;
    private final List<Relationship> relationshipList;
    private final List<Cable> cableList;
    private final Map<String, Cable> cables;
    private final Map<String, Relationship> relationships;
    private final Graph<String, Relationship> graph;
    private final CableMarkings markings;
    private final List<String> skipped;
    private final Comparator<Evidence> evidenceOrder;
    private volatile GraphView allView;

    private RelationshipGraph(GraphAssembly built) {
        this.entities = built.entities;
        this.cables = Collections.unmodifiableMap(built.cables);
        this.relationships = built.relationships;
        this.graph = new AsUnmodifiableGraph<>(built.graph);
        this.markings = new CableMarkings(cables);
        this.skipped = List.copyOf(built.skipped);
        this.evidenceOrder = EvidenceOrder.byDateCableParagraph(id -> {
            Cable c = cables.get(id);
            return c == null ? null : c.dateTime();
        });
        this.entityList = List.copyOf(built.entityList);
        this.relationshipList = List.copyOf(built.relationshipList);
        this.cableList = List.copyOf(cables.values());
    }

    /**
     * Builds the graph. Evidence whose two ends are the same entity, or that names an entity
     * the extraction does not hold, is left out and described in {@link #skipped()}; so are
     * mentions of unknown entities. A repeated entity or cable id keeps its first occurrence.
     */
    public static RelationshipGraph build(Extraction extraction) {
        return new RelationshipGraph(new GraphAssembly(extraction));
    }

    /** Every entity of the extraction, in its order, including those that are not vertices. */
    public List<Entity> entities() {
        return entityList;
    }

    public Optional<Entity> entity(String id) {
        EntityEntry e = entities.get(id);
        return e == null ? Optional.empty() : Optional.of(e.entity);
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
        EntityEntry e = entities.get(entityId);
        return e == null ? List.of() : e.mentions();
    }

    /** Every piece of evidence an entity takes part in, in timeline order. */
    public List<Evidence> evidenceOf(String entityId) {
        EntityEntry e = entities.get(entityId);
        return e == null ? List.of() : e.evidence();
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
