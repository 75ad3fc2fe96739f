package tieline.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Mention;

/**
 * The relationship graph as one {@link GraphFilter} shows it, without copying it. A
 * relationship is in the view when at least one piece of its evidence passes the filter, and
 * it is handed out holding only that evidence; an entity is in the view when its type passes
 * and it has a relationship in the view or a mention in a cable that passes. Evidence above
 * the ceiling is never reachable through a view, including through {@link #jgraph()}.
 *
 * <p>Views are immutable and safe to share between threads; {@link #centrality()} is computed
 * once per view.
 */
public final class GraphView {

    private final RelationshipGraph graph;
    private final GraphFilter filter;
    private final Visibility visibility;
    private final Graph<String, Relationship> jgraph;
    private final List<Entity> entities;
    private final List<Relationship> relationships;
    private volatile Centrality centrality;

    GraphView(RelationshipGraph graph, GraphFilter filter, Visibility restricted) {
        this.graph = graph;
        this.filter = filter;
        this.visibility = restricted != null ? restricted : Visibility.of(graph, filter);
        boolean everything = restricted == null && filter.isAll();
        this.jgraph = everything ? graph.jgraph() : new FilteredGraph(graph.jgraph(), visibility);
        this.entities = visibility.entityIds.stream().map(id -> graph.entity(id).orElseThrow()).toList();
        this.relationships = List.copyOf(visibility.relationships.values());
    }

    /** The graph this view looks at. */
    public RelationshipGraph graph() {
        return graph;
    }

    public GraphFilter filter() {
        return filter;
    }

    /** The visible entities, in the graph's order. */
    public List<Entity> entities() {
        return entities;
    }

    /** The visible relationships, each holding only its visible evidence. */
    public List<Relationship> relationships() {
        return relationships;
    }

    public boolean contains(String entityId) {
        return visibility.entityIds.contains(entityId);
    }

    public boolean contains(Relationship relationship) {
        return visibility.relationships.containsKey(relationship.id());
    }

    public Optional<Entity> entity(String entityId) {
        return contains(entityId) ? graph.entity(entityId) : Optional.empty();
    }

    /** The relationship between two entities as this view shows it. */
    public Optional<Relationship> relationship(String a, String b) {
        return Optional.ofNullable(visibility.relationships.get(Relationship.idFor(a, b)));
    }

    /** The relationship with this id as this view shows it. */
    public Optional<Relationship> relationship(String id) {
        return Optional.ofNullable(visibility.relationships.get(id));
    }

    /** The evidence of a relationship that passes the filter, in timeline order; empty when it is not in the view. */
    public List<Evidence> timeline(Relationship relationship) {
        Relationship seen = visibility.relationships.get(relationship.id());
        return seen == null ? List.of() : seen.timeline();
    }

    /** The visible relationships of an entity. */
    public Set<Relationship> relationshipsOf(String entityId) {
        return contains(entityId) ? jgraph.edgesOf(entityId) : Set.of();
    }

    /** The mentions of an entity that pass the filter; empty when the entity is not in the view. */
    public List<Mention> mentionsOf(String entityId) {
        if (!contains(entityId)) {
            return List.of();
        }
        List<Mention> all = graph.mentionsOf(entityId);
        if (filter.isAll()) {
            return all;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : all) {
            if (Visibility.mentionAdmitted(graph, filter, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The visible evidence an entity takes part in, in timeline order. */
    public List<Evidence> evidenceOf(String entityId) {
        if (!contains(entityId)) {
            return List.of();
        }
        if (filter.isAll() && visibility.relationships.size() == graph.relationships().size()) {
            return graph.evidenceOf(entityId);
        }
        List<Evidence> out = new ArrayList<>();
        for (Relationship r : relationshipsOf(entityId)) {
            out.addAll(r.timeline());
        }
        out.sort(graph.evidenceOrder());
        return out;
    }

    /**
     * How classified an entity is in this view: the lowest marking among its visible mentions
     * and evidence; null when none is marked.
     */
    public Classification classificationOf(String entityId) {
        Classification lowest = null;
        for (Mention m : mentionsOf(entityId)) {
            lowest = lower(lowest, graph.markingOf(m));
        }
        for (Relationship r : relationshipsOf(entityId)) {
            lowest = lower(lowest, r.classification());
        }
        return lowest;
    }

    private static Classification lower(Classification a, Classification b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** The earliest date an entity is seen in this view (visible mention or evidence), or null. */
    public LocalDate firstSeen(String entityId) {
        LocalDate first = null;
        for (Mention m : mentionsOf(entityId)) {
            LocalDate d = graph.dateOf(m);
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        for (Relationship r : relationshipsOf(entityId)) {
            LocalDate d = r.firstDate();
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }

    /** The cables behind the visible evidence and mentions, in the graph's order. */
    public List<Cable> cables() {
        Set<String> ids = new LinkedHashSet<>();
        for (Relationship r : relationships) {
            ids.addAll(r.cables());
        }
        for (Entity e : entities) {
            for (Mention m : mentionsOf(e.id())) {
                ids.add(m.cableId());
            }
        }
        List<Cable> out = new ArrayList<>();
        for (Cable c : graph.cables()) {
            if (ids.contains(c.key())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Read-only JGraphT graph of this view: visible entity ids and relationships as seen. */
    public Graph<String, Relationship> jgraph() {
        return jgraph;
    }

    /** Degree, betweenness and PageRank of the visible entities, computed on first use and kept. */
    public Centrality centrality() {
        Centrality c = centrality;
        if (c == null) {
            synchronized (this) {
                c = centrality;
                if (c == null) {
                    c = new Centrality(jgraph);
                    centrality = c;
                }
            }
        }
        return c;
    }

    /** Path, neighbourhood and what-is-new queries on this view. */
    public GraphQueries queries() {
        return new GraphQueries(this);
    }

    /** The entities within {@code hops} steps of one entity, and the relationships among them. */
    public GraphView neighbourhood(String entityId, int hops) {
        return queries().neighbourhood(entityId, hops);
    }

    /** The shortest path (fewest relationships) between two entities, with the visible evidence along it. */
    public Optional<GraphPath> shortestPath(String from, String to) {
        return queries().shortestPath(from, to);
    }

    /** Relationships and entities first seen between two dates (inclusive). */
    public WhatIsNew whatIsNew(LocalDate from, LocalDate to) {
        return queries().whatIsNew(from, to);
    }

    /** This view cut down to some entities and the relationships among them. */
    GraphView restrictedTo(Set<String> entityIds) {
        return new GraphView(graph, filter, visibility.restrictedTo(entityIds));
    }

    @Override
    public String toString() {
        return "GraphView[" + entities.size() + " entities, " + relationships.size() + " relationships, " + filter + "]";
    }
}
