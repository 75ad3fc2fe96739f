package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.graph.GraphFixtures.AZIMOV;
import static tieline.graph.GraphFixtures.HEYDAROV;
import static tieline.graph.GraphFixtures.TEP;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphFixtures;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;

class GraphMlWriterTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    @Test
    void jgraphtImporterReadsItBackWithAttributes() throws Exception {
        GraphView view = graph.view();
        byte[] xml = ExportTestSupport.bytes(new GraphMlWriter(), view);
        Graph<String, DefaultEdge> imported = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
        Map<String, Map<String, String>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) ->
                nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) ->
                edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(imported, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));

        assertEquals(view.jgraph().vertexSet(), imported.vertexSet());
        assertEquals(view.relationships().size(), imported.edgeSet().size());
        assertTrue(imported.containsEdge(AZIMOV, TEP));
        Map<String, String> azimov = nodeAttrs.get(AZIMOV);
        assertEquals("PERSON", azimov.get("type"));
        assertEquals("Araz Azimov", azimov.get("label"));
        assertEquals("3", azimov.get("mentions"));
        assertEquals("UNCLASSIFIED", azimov.get("classification"));
        Map<String, String> tep = edgeAttrs.get(imported.getEdge(AZIMOV, TEP));
        assertEquals("DISCUSSED,MENTIONED_WITH", tep.get("types"));
        assertEquals("DISCUSSED", tep.get("strongestType"));
        assertEquals("2", tep.get("evidenceCount"));
        assertEquals("2007-05-20", tep.get("firstDate"));
        assertEquals("2007-12-28", tep.get("lastDate"));
        assertEquals("rel:person:araz-azimov|topic:tep", tep.get(GraphMlWriter.RELATIONSHIP));
        assertEquals("person:o_x27_brien_x20_x", GraphMlWriter.token("person:o'brien x"));
    }

    @Test
    void domParserSeesDeclaredKeysAndFilteredCounts() throws Exception {
        GraphView unclassified = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        Document doc = SecureXml.parse(ExportTestSupport.bytes(new GraphMlWriter(), unclassified));
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            names.add(k.getAttribute("for") + ":" + k.getAttribute("attr.name") + ":" + k.getAttribute("attr.type"));
        }
        assertTrue(names.containsAll(Set.of("node:type:string", "edge:types:string", "all:evidenceCount:int",
                "all:firstDate:string", "edge:lastDate:string", "edge:relationship:string")), names.toString());
        Set<String> edgeIds = new HashSet<>();
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            edgeIds.add(((Element) edges.item(i)).getAttribute("id"));
        }
        assertTrue(edgeIds.contains("rel:person:araz-azimov_x7C_topic:tep"), edgeIds.toString());
        assertEquals(unclassified.entities().size(), doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(3, doc.getElementsByTagNameNS("*", "edge").getLength());
        String text = new String(ExportTestSupport.bytes(new GraphMlWriter(), unclassified), StandardCharsets.UTF_8);
        assertFalse(text.contains(HEYDAROV));
    }
}
