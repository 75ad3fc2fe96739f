package tieline.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Mention;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * Writes a view as the DESIGN.md "JSON export": {@code {"format": "tieline-graph", "version": 1,
 * "cables": [...], "entities": [...], "relationships": [...]}}, every visible mention under its
 * entity and every visible piece of evidence under its relationship. Dates are ISO strings
 * (cable date-times as instants), markings as portion codes, {@code roles[].organization} an
 * entity id. Streams, so large graphs need no extra memory.
 *
 * <p>Every organization a written role names is among the entities (with no mentions when the
 * view does not show it). Under a ceiling, aliases and roles are limited to what visible evidence
 * supports ({@link ExportedEntityFacts}).
 *
 * <p>A cable whose overall classification is above the view's ceiling is listed (its visible
 * paragraphs are cited) but its subject is withheld (null): a subject carries the cable's marking.
 */
public final class JsonGraphWriter implements ViewWriter {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "tieline-graph";
    /** The schema version written. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("cables");
            for (Cable c : view.cables()) {
                writeCable(g, c, view.filter().admitsMarking(c.classification()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            ExportedEntityFacts facts = new ExportedEntityFacts(view);
            for (Entity e : view.entities()) {
                List<Mention> mentions = view.mentionsOf(e.id());
                writeEntity(g, e, facts.aliases(e, mentions), facts.roles(e), mentions);
            }
            for (Entity org : facts.roleOrganizationsNotShown()) {
                writeEntity(g, org, facts.aliases(org, List.of()), List.of(), List.of());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relationships");
            for (Relationship r : view.relationships()) {
                writeRelationship(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeCable(JsonGenerator g, Cable c, boolean subjectVisible) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.key());
        g.writeStringField("date", c.dateTime() == null ? null : c.dateTime().toString());
        g.writeStringField("origin", c.origin());
        g.writeStringField("classification", c.classification() == null ? null : c.classification().bannerText());
        g.writeStringField("subject", subjectVisible ? c.subject() : null);
        writeStrings(g, "tags", c.tags());
        writeStrings(g, "refs", c.refIds());
        g.writeNumberField("paragraphs", c.paragraphs().size());
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, Entity e, List<String> aliases, List<Role> roles,
                                    List<Mention> mentions) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        writeStrings(g, "aliases", aliases);
        g.writeArrayFieldStart("roles");
        for (Role r : roles) {
            g.writeStartObject();
            g.writeStringField("title", r.title());
            g.writeStringField("organization", r.organizationId());
            g.writeStringField("from", iso(r.from()));
            g.writeStringField("to", iso(r.to()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Mention m : mentions) {
            g.writeStartObject();
            g.writeStringField("cable", m.cableId());
            g.writeNumberField("paragraph", m.paragraph());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeRelationship(JsonGenerator g, Relationship r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("source", r.sourceId());
        g.writeStringField("target", r.targetId());
        g.writeArrayFieldStart("types");
        for (RelationType t : r.types()) {
            g.writeString(t.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Evidence e : r.timeline()) {
            g.writeStartObject();
            g.writeStringField("cable", e.cableId());
            g.writeNumberField("paragraph", e.paragraph());
            g.writeStringField("date", iso(e.date()));
            g.writeStringField("dateFrom", e.dateFrom() == null ? null : e.dateFrom().name());
            g.writeStringField("marking", code(e.marking()));
            g.writeStringField("type", e.type().name());
            g.writeStringField("quote", e.quote());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String code(Classification marking) {
        return marking == null ? null : marking.portionCode();
    }
}
