package tieline.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.MaskSubgraph;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphPath;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;
import tieline.model.Evidence;

/**
 * Builds the {@link BriefingScene} of a view: the ceiling and the export's date range are
 * applied by asking the graph for a new view with them in its {@link GraphFilter}, so
 * evidence above the ceiling is never even reachable here. Relationships the officer hid, or
 * with no evidence left, are not drawn; entities with no relationship left are not drawn.
 * The banner, authority block and sources are computed from exactly the evidence behind what
 * is drawn.
 */
public final class BriefingSceneBuilder {

    private static final double MIN_RADIUS = 4;
    private static final double RADIUS_RANGE = 8;
    private static final double MIN_WIDTH = 0.8;
    private static final double WIDTH_RANGE = 3.2;
    private static final double PATH_RADIUS = 10;

    private final Clock clock;

    public BriefingSceneBuilder() {
        this(Clock.systemDefaultZone());
    }

    /** A builder that dates briefings by the given clock when the options carry no date. */
    public BriefingSceneBuilder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Builds the scene.
     *
     * @param view      the view as the officer sees it (its filters are kept; the ceiling and range
     *                  of the options narrow them further, never widen them)
     * @param positions the view's layout, by entity id; entities missing from it are laid out here
     * @param options   what to draw
     */
    public BriefingScene build(GraphView view, Map<String, LayoutPoint> positions, BriefingOptions options) {
        GraphView shown = underCeiling(view, options);
        return switch (options.kind()) {
            case NETWORK -> network(shown, positions, options);
            case TIMELINE -> timeline(shown, options);
            case PATH -> path(shown, options);
        };
    }

    /** The view with the export's ceiling and range added to its filter. */
    static GraphView underCeiling(GraphView view, BriefingOptions options) {
        GraphFilter filter = view.filter();
        Classification ceiling = filter.ceiling() == null ? options.ceiling()
                : lower(filter.ceiling(), options.ceiling());
        LocalDate from = later(filter.from(), options.from());
        LocalDate to = earlier(filter.to(), options.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the export range " + options.from() + " .. " + options.to()
                    + " does not overlap the view's range " + filter.from() + " .. " + filter.to());
        }
        return view.graph().view(filter.toBuilder().ceiling(ceiling).from(from).to(to).build());
    }

    private BriefingScene network(GraphView view, Map<String, LayoutPoint> positions, BriefingOptions o) {
        GraphView picture = o.focusId() != null ? view.neighbourhood(o.focusId(), o.hops()) : view;
        List<Relationship> relationships = picture.relationships().stream()
                .filter(r -> !o.hidden().contains(r.sourceId()) && !o.hidden().contains(r.targetId()))
                .toList();
        Set<String> ends = new LinkedHashSet<>();
        relationships.forEach(r -> {
            ends.add(r.sourceId());
            ends.add(r.targetId());
        });
        List<String> ids = picture.entities().stream().map(Entity::id).filter(ends::contains).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Map<String, Integer> degree = new HashMap<>();
        int maxCount = 1;
        int[] source = new int[relationships.size()];
        int[] target = new int[relationships.size()];
        double[] weight = new double[relationships.size()];
        for (int e = 0; e < relationships.size(); e++) {
            Relationship r = relationships.get(e);
            degree.merge(r.sourceId(), 1, Integer::sum);
            degree.merge(r.targetId(), 1, Integer::sum);
            maxCount = Math.max(maxCount, r.evidenceCount());
            source[e] = index.get(r.sourceId());
            target[e] = index.get(r.targetId());
            weight[e] = Math.sqrt(r.evidenceCount());
        }
        Map<String, LayoutPoint> at = SceneLayout.place(ids, source, target, weight, positions, o.layoutSeed());
        int maxDegree = degree.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        RelationshipGraph graph = view.graph();
        List<SceneNode> nodes = new ArrayList<>();
        for (String id : ids) {
            Entity entity = graph.entity(id).orElseThrow();
            LayoutPoint p = at.get(id);
            double radius = MIN_RADIUS + RADIUS_RANGE * Math.sqrt(degree.get(id) / (double) maxDegree);
            nodes.add(new SceneNode(id, entity.name(), entity.type(), p.x(), p.y(), radius, emphasised(o, id)));
        }
        List<SceneEdge> edges = new ArrayList<>();
        List<Evidence> shown = new ArrayList<>();
        for (Relationship r : relationships) {
            double width = MIN_WIDTH + WIDTH_RANGE * Math.sqrt(r.evidenceCount() / (double) maxCount);
            edges.add(new SceneEdge(r.sourceId(), r.targetId(), width, r.strongestType(), r.evidenceCount(),
                    emphasised(o, r.sourceId()) || emphasised(o, r.targetId())));
            shown.addAll(r.timeline());
        }
        String focusName = o.focusId() == null ? null : name(graph, o.focusId());
        List<String> selected = o.selection().stream().filter(ends::contains).sorted()
                .map(id -> name(graph, id)).toList();
        String range = range(view, o, shown);
        String title = titleOr(o, BriefingTitles.network(focusName, o.focusId() == null ? selected : List.of(),
                range));
        List<String> about = new ArrayList<>();
        if (focusName != null) {
            about.add("within " + o.hops() + (o.hops() == 1 ? " hop of " : " hops of ") + focusName);
        }
        about.add(count(nodes.size(), "entity", "entities") + ", " + count(edges.size(), "relationship",
                "relationships"));
        Legend legend = new Legend(nodes.stream().map(SceneNode::type).toList(),
                edges.stream().map(SceneEdge::strongestType).toList());
        return scene(BriefingKind.NETWORK, title, view, o, range, about, shown, legend, nodes, edges, List.of(),
                List.of());
    }

    private BriefingScene timeline(GraphView view, BriefingOptions o) {
        RelationshipGraph graph = view.graph();
        List<Relationship> relationships = new ArrayList<>();
        if (o.otherId() != null) {
            if (!o.hidden().contains(o.otherId()) && !o.hidden().contains(o.focusId())) {
                view.relationship(o.focusId(), o.otherId()).ifPresent(relationships::add);
            }
        } else if (!o.hidden().contains(o.focusId())) {
            view.relationshipsOf(o.focusId()).stream()
                    .filter(r -> !o.hidden().contains(r.opposite(o.focusId())))
                    .sorted(Comparator.comparing(Relationship::firstDate, Comparator.nullsLast(Comparator
                            .naturalOrder())).thenComparing(Relationship::id))
                    .forEach(relationships::add);
        }
        List<TimelineRow> rows = new ArrayList<>();
        List<Evidence> shown = new ArrayList<>();
        for (Relationship r : relationships) {
            List<SceneEvidence> marks = new ArrayList<>();
            for (Evidence e : r.timeline()) {
                if (e.date() != null) {
                    marks.add(sceneEvidence(e));
                    shown.add(e);
                }
            }
            if (!marks.isEmpty()) {
                String other = name(graph, r.opposite(o.focusId()));
                rows.add(new TimelineRow(o.otherId() == null ? other : name(graph, o.focusId()) + " \u2013 " + other,
                        marks));
            }
        }
        String range = range(view, o, shown);
        String title = titleOr(o, BriefingTitles.timeline(name(graph, o.focusId()),
                o.otherId() == null ? null : name(graph, o.otherId()), range));
        List<String> about = new ArrayList<>();
        about.add(count(rows.size(), "relationship", "relationships"));
        Legend legend = new Legend(List.of(), shown.stream().map(Evidence::type).toList());
        return scene(BriefingKind.TIMELINE, title, view, o, range, about, shown, legend, List.of(), List.of(), rows,
                List.of());
    }

    private BriefingScene path(GraphView view, BriefingOptions o) {
        RelationshipGraph graph = view.graph();
        Optional<GraphPath> found = shortestPath(view, o);
        List<SceneNode> nodes = new ArrayList<>();
        List<SceneEdge> edges = new ArrayList<>();
        List<PathStep> steps = new ArrayList<>();
        List<Evidence> shown = new ArrayList<>();
        if (found.isPresent()) {
            GraphPath path = found.get();
            List<Entity> entities = path.entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                boolean end = i == 0 || i == entities.size() - 1;
                nodes.add(new SceneNode(e.id(), e.name(), e.type(), i, 0, PATH_RADIUS, end));
            }
            for (int i = 0; i < path.relationships().size(); i++) {
                Relationship r = path.relationships().get(i);
                String from = entities.get(i).id();
                String to = entities.get(i + 1).id();
                edges.add(new SceneEdge(from, to, 2.6, r.strongestType(), r.evidenceCount(), true));
                steps.add(new PathStep(from, to, r.strongestType(),
                        r.timeline().stream().map(BriefingSceneBuilder::sceneEvidence).toList()));
                shown.addAll(r.timeline());
            }
        }
        String range = range(view, o, shown);
        String title = titleOr(o, BriefingTitles.path(name(graph, o.focusId()), name(graph, o.otherId()), range));
        List<String> about = new ArrayList<>();
        about.add(found.isEmpty() ? "no connection under this ceiling and these filters"
                : count(steps.size(), "step", "steps") + ", fewest relationships");
        Legend legend = new Legend(nodes.stream().map(SceneNode::type).toList(),
                edges.stream().map(SceneEdge::strongestType).toList());
        return scene(BriefingKind.PATH, title, view, o, range, about, shown, legend, nodes, edges, List.of(), steps);
    }

    /** The view's shortest path, avoiding hidden entities when there are any. */
    private static Optional<GraphPath> shortestPath(GraphView view, BriefingOptions o) {
        if (o.hidden().contains(o.focusId()) || o.hidden().contains(o.otherId())) {
            return Optional.empty();
        }
        if (o.hidden().isEmpty()) {
            return view.shortestPath(o.focusId(), o.otherId());
        }
        if (!view.contains(o.focusId()) || !view.contains(o.otherId())) {
            return Optional.empty();
        }
        MaskSubgraph<String, Relationship> visible = new MaskSubgraph<>(view.jgraph(), o.hidden()::contains,
                r -> false);
        org.jgrapht.GraphPath<String, Relationship> path =
                BFSShortestPath.findPathBetween(visible, o.focusId(), o.otherId());
        if (path == null) {
            return Optional.empty();
        }
        List<Entity> entities = path.getVertexList().stream()
                .map(id -> view.graph().entity(id).orElseThrow()).toList();
        return Optional.of(new GraphPath(entities, path.getEdgeList()));
    }

    private BriefingScene scene(BriefingKind kind, String title, GraphView view, BriefingOptions o, String range,
                                List<String> about, List<Evidence> shown, Legend legend, List<SceneNode> nodes,
                                List<SceneEdge> edges, List<TimelineRow> rows, List<PathStep> steps) {
        Map<String, Cable> cables = new LinkedHashMap<>();
        for (Evidence e : shown) {
            if (!cables.containsKey(e.cableId())) {
                cables.put(e.cableId(), view.graph().cable(e.cableId()).orElse(null));
            }
        }
        List<SourceCable> sources = cables.entrySet().stream()
                .map(en -> new SourceCable(en.getKey(), en.getValue() == null ? null : en.getValue().date()))
                .sorted(Comparator.comparing(SourceCable::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SourceCable::cableId))
                .toList();
        Map<String, Cable> known = new HashMap<>();
        cables.forEach((id, cable) -> {
            if (cable != null) {
                known.put(id, cable);
            }
        });
        SecurityMarking marking = SecurityMarking.of(shown, known);
        List<String> parts = new ArrayList<>();
        if (!range.isEmpty()) {
            parts.add(range);
        }
        parts.addAll(about);
        parts.add(count(shown.size(), "piece of evidence", "pieces of evidence") + " from "
                + count(sources.size(), "cable", "cables"));
        parts.addAll(filterWords(view.filter(), o));
        LocalDate generated = o.generatedOn() != null ? o.generatedOn() : LocalDate.now(clock);
        return new BriefingScene(kind, title, String.join(" \u00b7 ", parts), marking, legend, sources, generated,
                nodes, edges, rows, steps);
    }

    /** The filters in words, for the subtitle. */
    private static List<String> filterWords(GraphFilter f, BriefingOptions o) {
        List<String> words = new ArrayList<>();
        if (!f.entityTypes().isEmpty()) {
            words.add("entities: " + lowerNames(EnumSet.copyOf(f.entityTypes())));
        }
        if (!f.relationTypes().isEmpty()) {
            words.add("relations: " + lowerNames(EnumSet.copyOf(f.relationTypes())));
        }
        if (!f.tags().isEmpty()) {
            words.add("tags: " + String.join(", ", f.tags()));
        }
        if (!f.posts().isEmpty()) {
            words.add("posts: " + String.join(", ", f.posts()));
        }
        if (!o.hidden().isEmpty()) {
            words.add(count(o.hidden().size(), "entity", "entities") + " hidden");
        }
        if (!f.ceiling().equals(BriefingOptions.NO_CEILING)) {
            words.add("ceiling " + SecurityMarking.text(f.ceiling()));
        }
        return words;
    }

    private static String lowerNames(Set<? extends Enum<?>> values) {
        return String.join(", ", values.stream()
                .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList());
    }

    /** The range in the title: the one asked for, else the one the shown evidence spans. */
    private static String range(GraphView view, BriefingOptions o, List<Evidence> shown) {
        LocalDate first = view.filter().from();
        LocalDate last = view.filter().to();
        if (first == null || last == null) {
            LocalDate min = null;
            LocalDate max = null;
            for (Evidence e : shown) {
                if (e.date() != null) {
                    min = min == null || e.date().isBefore(min) ? e.date() : min;
                    max = max == null || e.date().isAfter(max) ? e.date() : max;
                }
            }
            first = first == null ? min : first;
            last = last == null ? max : last;
        }
        return BriefingTitles.range(first, last);
    }

    private static String titleOr(BriefingOptions o, String fallback) {
        return o.title() == null || o.title().isBlank() ? fallback : o.title().strip();
    }

    private static boolean emphasised(BriefingOptions o, String id) {
        return o.emphasiseSelection() && (o.selection().contains(id) || id.equals(o.focusId()));
    }

    private static String name(RelationshipGraph graph, String id) {
        return graph.entity(id).map(Entity::name).orElse(id);
    }

    private static SceneEvidence sceneEvidence(Evidence e) {
        return new SceneEvidence(e.date(), e.type(), e.cableId(), e.paragraph(), e.marking(), e.quote());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Classification lower(Classification a, Classification b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
