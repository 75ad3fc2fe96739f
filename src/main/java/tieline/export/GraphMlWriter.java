package tieline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;

/**
 * Writes a view as GraphML with jgrapht-io's {@link GraphMLExporter}. GraphML ids must be XML
 * name tokens, so node and edge ids are the entity and relationship ids with any other character
 * written as {@code _xHH_} (the {@code |} of a relationship id becomes {@code _x7C_}); entity ids
 * made by Tieline are name tokens already, and each edge also carries the exact relationship id
 * in its {@code relationship} attribute. Nodes carry label (name), type, mentions, evidence count,
 * classification and first date; edges carry relation types, strongest type, evidence count,
 * first and last dates, classification and cable count (see {@link ViewAttributes}).
 */
public final class GraphMlWriter implements ViewWriter {

    /** Edge attribute holding the relationship id as Tieline writes it ({@code rel:<a>|<b>}). */
    public static final String RELATIONSHIP = "relationship";

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        Map<String, Entity> entities = new LinkedHashMap<>();
        view.entities().forEach(e -> entities.put(e.id(), e));
        GraphMLExporter<String, Relationship> exporter = new GraphMLExporter<>(GraphMlWriter::token);
        exporter.setEdgeIdProvider(r -> token(r.id()));
        // the exporter keys attributes by name: a name nodes and edges share is registered once for both
        for (ViewAttributes.Definition d : ViewAttributes.NODE) {
            exporter.registerAttribute(d.name(), ViewAttributes.EDGE.contains(d)
                    ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE, type(d));
        }
        for (ViewAttributes.Definition d : ViewAttributes.EDGE) {
            if (!ViewAttributes.NODE.contains(d)) {
                exporter.registerAttribute(d.name(), GraphMLExporter.AttributeCategory.EDGE, type(d));
            }
        }
        exporter.setVertexAttributeProvider(id -> attributes(ViewAttributes.of(view, entities.get(id))));
        exporter.registerAttribute(RELATIONSHIP, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setEdgeAttributeProvider(r -> {
            Map<String, Attribute> a = attributes(ViewAttributes.of(r));
            a.put(RELATIONSHIP, DefaultAttribute.createAttribute(XmlText.clean(r.id())));
            return a;
        });
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            exporter.exportGraph(view.jgraph(), writer);
        } catch (org.jgrapht.nio.ExportException e) {
            throw new IOException("GraphML export failed: " + e.getMessage(), e);
        }
        writer.flush();
    }

    /** The id as an XML name token: letters, digits, {@code . - _ :} kept, anything else as {@code _xHH_}. */
    static String token(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        id.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':') {
                out.appendCodePoint(c);
            } else {
                out.append("_x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('_');
            }
        });
        return out.toString();
    }

    private static AttributeType type(ViewAttributes.Definition d) {
        return d.kind() == ViewAttributes.Kind.INTEGER ? AttributeType.INT : AttributeType.STRING;
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Integer i ? DefaultAttribute.createAttribute(i)
                : DefaultAttribute.createAttribute(XmlText.clean(v.toString()))));
        return out;
    }
}
