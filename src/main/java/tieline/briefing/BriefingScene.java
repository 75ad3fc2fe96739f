package tieline.briefing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a briefing picture shows, as plain data: the frame (title, subtitle, marking,
 * legend, sources, generation date) and the picture itself (network nodes and edges, timeline
 * rows, or path steps). Painters and writers draw exactly this and nothing else, so what a
 * scene leaves out (evidence above the ceiling, hidden items) cannot reach an export.
 *
 * @param kind        which picture
 * @param title       the headline
 * @param subtitle    range and filters in words
 * @param marking     banner and authority block
 * @param legend      the node and edge types present
 * @param sources     the cables behind what is shown, oldest first
 * @param generatedOn the export date
 * @param nodes       entities drawn (network and path pictures)
 * @param edges       relationships drawn (network and path pictures)
 * @param timeline    rows of a timeline picture
 * @param path        hops of a path picture, in order
 */
public record BriefingScene(BriefingKind kind, String title, String subtitle, SecurityMarking marking,
                            Legend legend, List<SourceCable> sources, LocalDate generatedOn,
                            List<SceneNode> nodes, List<SceneEdge> edges, List<TimelineRow> timeline,
                            List<PathStep> path) {

    public BriefingScene {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(legend, "legend");
        Objects.requireNonNull(generatedOn, "generatedOn");
        sources = List.copyOf(sources);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        timeline = List.copyOf(timeline);
        path = List.copyOf(path);
        Set<String> ids = new HashSet<>();
        for (SceneNode n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("node listed twice: " + n.id());
            }
        }
        for (SceneEdge e : edges) {
            requireNode(ids, e.sourceId());
            requireNode(ids, e.targetId());
        }
        for (PathStep s : path) {
            requireNode(ids, s.fromId());
            requireNode(ids, s.toId());
        }
    }

    private static void requireNode(Set<String> ids, String id) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("edge or step refers to a node not in the scene: " + id);
        }
    }

    /** The node with this id. */
    public Optional<SceneNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Nodes by id, in scene order. */
    public Map<String, SceneNode> nodesById() {
        Map<String, SceneNode> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.put(n.id(), n));
        return map;
    }

    /** Every piece of evidence the picture quotes or marks (timeline rows and path steps). */
    public List<SceneEvidence> quotedEvidence() {
        return java.util.stream.Stream.concat(
                timeline.stream().flatMap(r -> r.evidence().stream()),
                path.stream().flatMap(s -> s.evidence().stream())).toList();
    }

    /** A copy with another title (the export dialog lets the officer edit it). */
    public BriefingScene withTitle(String newTitle) {
        return new BriefingScene(kind, newTitle, subtitle, marking, legend, sources, generatedOn, nodes, edges,
                timeline, path);
    }
}
