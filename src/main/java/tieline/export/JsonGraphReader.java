package tieline.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * Reads a Tieline JSON export ({@code "format": "tieline-graph"}, version 1) back into a
 * {@link GraphDocument}. Anything that does not follow the schema is reported as a
 * {@link GraphFormatException} naming the file and the place (line, or path such as
 * {@code relationships[3].evidence[0].date}).
 */
public final class JsonGraphReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public GraphDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    /** Reads from a stream; {@code name} is used in messages. The stream is not closed. */
    public GraphDocument read(String name, InputStream in) throws GraphFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(new NonClosing(in));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new GraphFormatException(name + (at == null ? "" : ":" + at.getLineNr()) + ": not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new GraphFormatException(name + ": cannot read: " + e.getMessage(), e);
        }
        return new Parse(name).document(root);
    }

    /** Walks the tree, keeping the file name for messages. */
    private static final class Parse {
        private final String name;

        Parse(String name) {
            this.name = name;
        }

        GraphDocument document(JsonNode root) throws GraphFormatException {
            if (root == null || !root.isObject()) {
                throw problem("", "expected a JSON object at the top");
            }
            String format = text(root, "format", "", false);
            if (!JsonGraphWriter.FORMAT.equals(format)) {
                throw problem("format", "not a Tieline graph (format is " + format + ", expected "
                        + JsonGraphWriter.FORMAT + ")");
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isInt() || version.intValue() != JsonGraphWriter.VERSION) {
                throw problem("version", "unsupported version " + version + "; this Tieline reads version "
                        + JsonGraphWriter.VERSION);
            }
            List<GraphDocument.CableSummary> cables = new ArrayList<>();
            int i = 0;
            for (JsonNode c : array(root, "cables", "")) {
                cables.add(cable(c, "cables[" + i++ + "]"));
            }
            List<GraphDocument.DocumentEntity> entities = new ArrayList<>();
            i = 0;
            for (JsonNode e : array(root, "entities", "")) {
                entities.add(entity(e, "entities[" + i++ + "]"));
            }
            List<GraphDocument.DocumentRelationship> relationships = new ArrayList<>();
            i = 0;
            for (JsonNode r : array(root, "relationships", "")) {
                relationships.add(relationship(r, "relationships[" + i++ + "]"));
            }
            return new GraphDocument(version.intValue(), cables, entities, relationships);
        }

        private GraphDocument.CableSummary cable(JsonNode c, String at) throws GraphFormatException {
            String date = text(c, "date", at, false);
            Instant instant;
            try {
                instant = date == null ? null : Instant.parse(date);
            } catch (DateTimeParseException e) {
                throw problem(at + ".date", "not an ISO instant: " + date);
            }
            return new GraphDocument.CableSummary(text(c, "id", at, true), instant, text(c, "origin", at, false),
                    marking(c, "classification", at), text(c, "subject", at, false), strings(c, "tags", at),
                    strings(c, "refs", at), integer(c, "paragraphs", at));
        }

        private GraphDocument.DocumentEntity entity(JsonNode e, String at) throws GraphFormatException {
            String typeText = text(e, "type", at, true);
            EntityType type;
            try {
                type = EntityType.valueOf(typeText);
            } catch (IllegalArgumentException ex) {
                throw problem(at + ".type", "unknown entity type " + typeText);
            }
            List<Role> roles = new ArrayList<>();
            int i = 0;
            for (JsonNode r : array(e, "roles", at)) {
                String ra = at + ".roles[" + i++ + "]";
                roles.add(new Role(text(r, "title", ra, false), text(r, "organization", ra, false),
                        date(r, "from", ra), date(r, "to", ra)));
            }
            List<GraphDocument.MentionRef> mentions = new ArrayList<>();
            i = 0;
            for (JsonNode m : array(e, "mentions", at)) {
                String ma = at + ".mentions[" + i++ + "]";
                mentions.add(new GraphDocument.MentionRef(text(m, "cable", ma, true), integer(m, "paragraph", ma),
                        text(m, "text", ma, false)));
            }
            Entity entity = new Entity(text(e, "id", at, true), type, text(e, "name", at, true),
                    new LinkedHashSet<>(strings(e, "aliases", at)), roles);
            return new GraphDocument.DocumentEntity(entity, mentions);
        }

        private GraphDocument.DocumentRelationship relationship(JsonNode r, String at) throws GraphFormatException {
            String source = text(r, "source", at, true);
            String target = text(r, "target", at, true);
            Set<RelationType> types = EnumSet.noneOf(RelationType.class);
            int i = 0;
            for (String t : strings(r, "types", at)) {
                types.add(relationType(t, at + ".types[" + i++ + "]"));
            }
            List<Evidence> evidence = new ArrayList<>();
            i = 0;
            for (JsonNode e : array(r, "evidence", at)) {
                String ea = at + ".evidence[" + i++ + "]";
                String from = text(e, "dateFrom", ea, false);
                DateSource dateFrom;
                try {
                    dateFrom = from == null ? null : DateSource.valueOf(from);
                } catch (IllegalArgumentException ex) {
                    throw problem(ea + ".dateFrom", "unknown date source " + from);
                }
                evidence.add(new Evidence(source, target, relationType(text(e, "type", ea, true), ea + ".type"),
                        text(e, "cable", ea, true), integer(e, "paragraph", ea), marking(e, "marking", ea),
                        date(e, "date", ea), dateFrom, text(e, "quote", ea, false)));
            }
            return new GraphDocument.DocumentRelationship(text(r, "id", at, true), source, target, types, evidence);
        }

        private RelationType relationType(String text, String at) throws GraphFormatException {
            try {
                return RelationType.valueOf(text);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw problem(at, "unknown relation type " + text);
            }
        }

        private Iterable<JsonNode> array(JsonNode node, String field, String at) throws GraphFormatException {
            JsonNode a = node.get(field);
            if (a == null || !a.isArray()) {
                throw problem(join(at, field), "expected an array");
            }
            return a;
        }

        private List<String> strings(JsonNode node, String field, String at) throws GraphFormatException {
            List<String> out = new ArrayList<>();
            int i = 0;
            for (JsonNode s : array(node, field, at)) {
                if (!s.isTextual()) {
                    throw problem(join(at, field) + "[" + i + "]", "expected a string");
                }
                out.add(s.textValue());
                i++;
            }
            return out;
        }

        private String text(JsonNode node, String field, String at, boolean required) throws GraphFormatException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw problem(join(at, field), "missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw problem(join(at, field), "expected a string, found " + v.getNodeType());
            }
            return v.textValue();
        }

        private int integer(JsonNode node, String field, String at) throws GraphFormatException {
            JsonNode v = node.get(field);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
                throw problem(join(at, field), "expected a whole number");
            }
            return v.intValue();
        }

        private LocalDate date(JsonNode node, String field, String at) throws GraphFormatException {
            String s = text(node, field, at, false);
            try {
                return s == null ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw problem(join(at, field), "not an ISO date (yyyy-mm-dd): " + s);
            }
        }

        private Classification marking(JsonNode node, String field, String at) throws GraphFormatException {
            String s = text(node, field, at, false);
            if (s == null) {
                return null;
            }
            Classification c = Classification.parse(s);
            if (c == null) {
                throw problem(join(at, field), "not a classification marking: " + s);
            }
            return c;
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        private GraphFormatException problem(String at, String message) {
            return new GraphFormatException(name + (at.isEmpty() ? "" : " at " + at) + ": " + message);
        }
    }

    /** Keeps Jackson from closing a stream the caller owns. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes
        }
    }
}
