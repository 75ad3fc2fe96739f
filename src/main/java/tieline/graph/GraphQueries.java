package tieline.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import tieline.model.Entity;

/**
 * The questions an analyst asks of a view: the neighbourhood of an entity within N hops, the
 * shortest path between two entities with the evidence along it, and what is new between two
 * dates. Every answer respects the view's filter.
 */
public final class GraphQueries {

    private final GraphView view;

    public GraphQueries(GraphView view) {
        this.view = view;
    }

    /**
     * The entities at most {@code hops} relationships away from one entity (itself included),
     * and the view's relationships among them, as a sub-view. Empty when the entity is not in the view.
     */
    public GraphView neighbourhood(String entityId, int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("hops must be 0 or more, got " + hops);
        }
        if (!view.contains(entityId)) {
            return view.restrictedTo(Set.of());
        }
        Map<String, Integer> distance = new HashMap<>();
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(entityId, 0);
        reached.add(entityId);
        queue.add(entityId);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = distance.get(v);
            if (d == hops) {
                continue;
            }
            for (Relationship r : view.jgraph().edgesOf(v)) {
                String w = r.opposite(v);
                if (distance.putIfAbsent(w, d + 1) == null) {
                    reached.add(w);
                    queue.add(w);
                }
            }
        }
        return view.restrictedTo(reached);
    }

    /**
     * The path with the fewest relationships between two entities in the view, each step
     * holding the evidence the view shows. Empty when either entity is not in the view or no
     * path links them.
     */
    public Optional<GraphPath> shortestPath(String from, String to) {
        if (!view.contains(from) || !view.contains(to)) {
            return Optional.empty();
        }
        org.jgrapht.GraphPath<String, Relationship> path = BFSShortestPath.findPathBetween(view.jgraph(), from, to);
        if (path == null) {
            return Optional.empty();
        }
        List<Entity> entities = new ArrayList<>();
        for (String id : path.getVertexList()) {
            entities.add(view.graph().entity(id).orElseThrow());
        }
        return Optional.of(new GraphPath(entities, path.getEdgeList()));
    }

    /**
     * Relationships whose first visible evidence, and entities whose first visible mention or
     * evidence, fall between two dates (inclusive; a null bound is open).
     */
    public WhatIsNew whatIsNew(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range starts after it ends: " + from + " > " + to);
        }
        List<Relationship> rels = new ArrayList<>();
        for (Relationship r : view.relationships()) {
            if (within(r.firstDate(), from, to)) {
                rels.add(r);
            }
        }
        rels.sort(Comparator.comparing(Relationship::firstDate).thenComparing(Relationship::id));
        Map<String, LocalDate> firstSeen = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : view.entities()) {
            LocalDate first = view.firstSeen(e.id());
            if (within(first, from, to)) {
                firstSeen.put(e.id(), first);
                entities.add(e);
            }
        }
        entities.sort(Comparator.comparing((Entity e) -> firstSeen.get(e.id())).thenComparing(Entity::id));
        return new WhatIsNew(from, to, rels, entities);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
