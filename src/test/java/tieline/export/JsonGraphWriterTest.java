package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.graph.GraphFixtures.AZIMOV;
import static tieline.graph.GraphFixtures.HEYDAROV;
import static tieline.graph.GraphFixtures.MFA;
import static tieline.graph.GraphFixtures.TEP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphFixtures;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Evidence;

class JsonGraphWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RelationshipGraph graph = GraphFixtures.graph();

    private JsonNode write(GraphView view) throws IOException {
        return mapper.readTree(ExportTestSupport.bytes(new JsonGraphWriter(), view));
    }

    private JsonNode designExample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("design-json-example.json")) {
            return mapper.readTree(in);
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void fieldNamesAndOrderFollowTheDesignSchemaAtEveryLevel() throws IOException {
        JsonNode ex = designExample();
        JsonNode doc = write(graph.view());
        assertEquals(fields(ex), fields(doc));
        assertEquals("tieline-graph", doc.get("format").textValue());
        assertEquals(1, doc.get("version").intValue());
        for (JsonNode c : doc.get("cables")) {
            assertEquals(fields(ex.get("cables").get(0)), fields(c));
        }
        for (JsonNode e : doc.get("entities")) {
            assertEquals(fields(ex.get("entities").get(0)), fields(e));
            for (JsonNode r : e.get("roles")) {
                assertEquals(fields(ex.get("entities").get(0).get("roles").get(0)), fields(r));
            }
            for (JsonNode m : e.get("mentions")) {
                assertEquals(fields(ex.get("entities").get(0).get("mentions").get(0)), fields(m));
            }
        }
        for (JsonNode r : doc.get("relationships")) {
            assertEquals(fields(ex.get("relationships").get(0)), fields(r));
            for (JsonNode e : r.get("evidence")) {
                assertEquals(fields(ex.get("relationships").get(0).get("evidence").get(0)), fields(e));
            }
        }
    }

    @Test
    void valuesAreWrittenAsTheSchemaShows() throws IOException {
        JsonNode doc = write(graph.view());
        JsonNode cable = find(doc.get("cables"), "id", "08BAKU73");
        assertEquals("2008-01-29T05:05:00Z", cable.get("date").textValue());
        assertEquals("AMEMBASSY BAKU", cable.get("origin").textValue());
        assertEquals("CONFIDENTIAL", cable.get("classification").textValue());
        assertEquals("[\"PREL\",\"MARR\"]", cable.get("tags").toString());
        assertEquals(4, cable.get("paragraphs").intValue());
        assertTrue(cable.get("refs").isArray());
        assertEquals("SECRET//NOFORN", find(doc.get("cables"), "id", "09BAKU266").get("classification").textValue());

        JsonNode azimov = find(doc.get("entities"), "id", AZIMOV);
        assertEquals("PERSON", azimov.get("type").textValue());
        assertEquals("Araz Azimov", azimov.get("name").textValue());
        assertEquals(MFA, azimov.get("roles").get(0).get("organization").textValue());
        assertEquals("2007-05-20", azimov.get("roles").get(0).get("from").textValue());
        assertTrue(azimov.get("roles").get(0).get("to").isNull());
        assertEquals(3, azimov.get("mentions").size(), "every mention");

        JsonNode rel = find(doc.get("relationships"), "id", "rel:person:araz-azimov|topic:tep");
        assertEquals(AZIMOV, rel.get("source").textValue());
        assertEquals(TEP, rel.get("target").textValue());
        assertEquals("[\"DISCUSSED\",\"MENTIONED_WITH\"]", rel.get("types").toString());
        JsonNode ev = rel.get("evidence").get(1);
        assertEquals("08BAKU73", ev.get("cable").textValue());
        assertEquals(3, ev.get("paragraph").intValue());
        assertEquals("2007-12-28", ev.get("date").textValue());
        assertEquals("EVENT", ev.get("dateFrom").textValue());
        assertEquals("C", ev.get("marking").textValue());
        assertEquals("DISCUSSED", ev.get("type").textValue());
        assertEquals("Azimov said a potential TEP had to be, in his words, \"balanced\", and fair.",
                ev.get("quote").textValue());
        assertEquals("S/NF", find(doc.get("relationships"), "id", Relationship.idFor(HEYDAROV, GraphFixtures.MES))
                .get("evidence").get(0).get("marking").textValue());

        int evidence = 0;
        for (JsonNode r : doc.get("relationships")) {
            evidence += r.get("evidence").size();
        }
        assertEquals(GraphFixtures.extraction().evidence().size(), evidence, "every piece of evidence");
        int mentions = 0;
        for (JsonNode e : doc.get("entities")) {
            mentions += e.get("mentions").size();
        }
        assertEquals(GraphFixtures.extraction().mentions().size(), mentions);
    }

    @Test
    void ceilingAppliesToEvidenceMentionsAndSubjects() throws IOException {
        GraphView confidential = graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL));
        byte[] bytes = ExportTestSupport.bytes(new JsonGraphWriter(), confidential);
        JsonNode doc = mapper.readTree(bytes);
        for (JsonNode r : doc.get("relationships")) {
            for (JsonNode e : r.get("evidence")) {
                assertTrue(Classification.parse(e.get("marking").textValue()).isAtOrBelow(Classification.CONFIDENTIAL));
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("Heydarov raised CEIP"));
        assertFalse(text.contains(HEYDAROV));
        JsonNode secretCable = find(doc.get("cables"), "id", "09BAKU266");
        assertTrue(secretCable.get("subject").isNull(), "subject of an S//NF cable withheld under a C ceiling");
        assertEquals("TEP, \"quoted\" subject", find(doc.get("cables"), "id", "08BAKU73").get("subject").textValue());
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        GraphView view = graph.view();
        GraphDocument doc = new JsonGraphReader().read("graph.json",
                new ByteArrayInputStream(ExportTestSupport.bytes(new JsonGraphWriter(), view)));
        assertEquals(1, doc.version());
        assertEquals(graph.cables().size(), doc.cables().size());
        assertEquals(graph.cables().get(1).dateTime(), doc.cables().get(1).date());
        assertEquals(Classification.SECRET_NOFORN, doc.cables().get(2).classification());
        assertEquals(graph.entities(), doc.entities().stream().map(GraphDocument.DocumentEntity::entity).toList());
        assertEquals(3, doc.entity(AZIMOV).orElseThrow().mentions().size());
        Set<String> written = new HashSet<>();
        for (Relationship r : view.relationships()) {
            for (Evidence e : r.timeline()) {
                written.add(key(r.sourceId(), r.targetId(), e));
            }
        }
        Set<String> read = new HashSet<>();
        for (Evidence e : doc.evidence()) {
            read.add(key(e.sourceId(), e.targetId(), e));
        }
        assertEquals(written, read);
        assertEquals(view.relationships().size(), doc.relationships().size());
        assertEquals(view.relationships().get(0).types(), doc.relationships().get(0).types());
    }

    private static String key(String source, String target, Evidence e) {
        return String.join("|", source, target, e.type().name(), e.cableId(), Integer.toString(e.paragraph()),
                e.marking().bannerText(), String.valueOf(e.date()), String.valueOf(e.dateFrom()), e.quote());
    }

    @Test
    void readerNamesTheFileAndThePlaceOfAProblem() {
        JsonGraphReader reader = new JsonGraphReader();
        GraphFormatException notJson = assertThrows(GraphFormatException.class,
                () -> reader.read("bad.json", stream("{\n\"format\": \"tieline-graph\",\n oops")));
        assertTrue(notJson.getMessage().startsWith("bad.json:3: not valid JSON"), notJson.getMessage());
        GraphFormatException wrongFormat = assertThrows(GraphFormatException.class,
                () -> reader.read("other.json", stream("{\"format\": \"something\", \"version\": 1}")));
        assertTrue(wrongFormat.getMessage().contains("other.json") && wrongFormat.getMessage().contains("not a Tieline graph"),
                wrongFormat.getMessage());
        GraphFormatException version = assertThrows(GraphFormatException.class,
                () -> reader.read("v2.json", stream("{\"format\": \"tieline-graph\", \"version\": 2}")));
        assertTrue(version.getMessage().contains("unsupported version 2"), version.getMessage());
        GraphFormatException badDate = assertThrows(GraphFormatException.class, () -> reader.read("d.json", stream(
                "{\"format\": \"tieline-graph\", \"version\": 1, \"cables\": [], \"entities\": [], \"relationships\": "
                        + "[{\"id\": \"rel:a|b\", \"source\": \"a\", \"target\": \"b\", \"types\": [\"MET\"], \"evidence\": "
                        + "[{\"cable\": \"X\", \"paragraph\": 1, \"date\": \"28 Dec\", \"dateFrom\": \"TEXT\", "
                        + "\"marking\": \"C\", \"type\": \"MET\", \"quote\": \"q\"}]}]}")));
        assertEquals("d.json at relationships[0].evidence[0].date: not an ISO date (yyyy-mm-dd): 28 Dec",
                badDate.getMessage());
        assertNotNull(assertThrows(GraphFormatException.class, () -> reader.read("e.json", stream("[]"))));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).textValue())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }
}
