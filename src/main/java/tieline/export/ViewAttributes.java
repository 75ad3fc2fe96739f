package tieline.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tieline.cable.Classification;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;

/**
 * The attributes the graph file formats (GraphML, GEXF) carry for entities and relationships,
 * as the view shows them: one definition list so both formats say the same thing.
 */
final class ViewAttributes {

    /** How a value is typed in the file. */
    enum Kind { STRING, INTEGER }

    /** One attribute: its key and type. */
    record Definition(String name, Kind kind) {
    }

    static final List<Definition> NODE = List.of(new Definition("label", Kind.STRING),
            new Definition("type", Kind.STRING), new Definition("mentions", Kind.INTEGER),
            new Definition("evidenceCount", Kind.INTEGER), new Definition("classification", Kind.STRING),
            new Definition("firstDate", Kind.STRING));

    static final List<Definition> EDGE = List.of(new Definition("types", Kind.STRING),
            new Definition("strongestType", Kind.STRING), new Definition("evidenceCount", Kind.INTEGER),
            new Definition("firstDate", Kind.STRING), new Definition("lastDate", Kind.STRING),
            new Definition("classification", Kind.STRING), new Definition("cables", Kind.INTEGER));

    private ViewAttributes() {
    }

    /** The values of an entity's attributes; absent ones (unknown dates, markings) are left out. */
    static Map<String, Object> of(GraphView view, Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", e.name());
        m.put("type", e.type().name());
        m.put("mentions", view.mentionsOf(e.id()).size());
        m.put("evidenceCount", view.relationshipsOf(e.id()).stream().mapToInt(Relationship::evidenceCount).sum());
        putIfPresent(m, "classification", banner(view.classificationOf(e.id())));
        putIfPresent(m, "firstDate", iso(view.firstSeen(e.id())));
        return m;
    }

    /** The values of a relationship's attributes as the view shows it. */
    static Map<String, Object> of(Relationship r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("types", r.types().stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("strongestType", r.strongestType().name());
        m.put("evidenceCount", r.evidenceCount());
        putIfPresent(m, "firstDate", iso(r.firstDate()));
        putIfPresent(m, "lastDate", iso(r.lastDate()));
        putIfPresent(m, "classification", banner(r.classification()));
        m.put("cables", r.cables().size());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String banner(Classification c) {
        return c == null ? null : c.bannerText();
    }
}
