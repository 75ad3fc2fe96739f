package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.graph.GraphFixtures.AZIMOV;
import static tieline.graph.GraphFixtures.TEP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tieline.graph.GraphFilter;
import tieline.graph.GraphFixtures;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;

class GexfWriterTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(GexfWriter.NAMESPACE, name);
        return (Element) list.item(0);
    }

    private static Map<String, Element> byId(Document doc, String tag) {
        Map<String, Element> out = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.put(e.getAttribute("id"), e);
        }
        return out;
    }

    private static List<String> spells(Element e) {
        List<String> out = new ArrayList<>();
        NodeList list = e.getElementsByTagNameNS(GexfWriter.NAMESPACE, "spell");
        for (int i = 0; i < list.getLength(); i++) {
            Element s = (Element) list.item(i);
            assertEquals(1, s.getAttributes().getLength(), "a spell is a single timestamp");
            out.add(s.getAttribute("timestamp"));
        }
        return out;
    }

    private static Map<String, String> values(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }

    @Test
    void dynamicGexfWithSpellsFromEvidenceDates() throws Exception {
        GraphView view = graph.view();
        Document doc = SecureXml.parse(ExportTestSupport.bytes(new GexfWriter(), view));
        Element root = doc.getDocumentElement();
        assertEquals("gexf", root.getLocalName());
        assertEquals(GexfWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element g = child(root, "graph");
        assertEquals("dynamic", g.getAttribute("mode"));
        assertEquals("date", g.getAttribute("timeformat"));
        assertEquals("undirected", g.getAttribute("defaultedgetype"));
        assertEquals("timestamp", g.getAttribute("timerepresentation"));
        NodeList attributeBlocks = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attributes");
        assertEquals(2, attributeBlocks.getLength());
        for (int i = 0; i < attributeBlocks.getLength(); i++) {
            assertEquals(1, attributeBlocks.item(i).getAttributes().getLength(), "GEXF 1.3 <attributes> has only class");
        }

        Map<String, Element> nodes = byId(doc, "node");
        Map<String, Element> edges = byId(doc, "edge");
        assertEquals(view.entities().size(), nodes.size());
        assertEquals(view.relationships().size(), edges.size());

        Element tep = edges.get(Relationship.idFor(AZIMOV, TEP));
        assertEquals(List.of("2007-05-20", "2007-12-28"), spells(tep));
        assertEquals(AZIMOV, tep.getAttribute("source"));
        assertEquals("2", tep.getAttribute("weight"));
        Map<String, String> ev = values(tep);
        assertEquals("DISCUSSED,MENTIONED_WITH", ev.get("types"));
        assertEquals("2", ev.get("evidenceCount"));
        assertEquals("2007-05-20", ev.get("firstDate"));
        assertEquals("2007-12-28", ev.get("lastDate"));

        Element azimov = nodes.get(AZIMOV);
        assertEquals("Araz Azimov", azimov.getAttribute("label"));
        assertEquals("PERSON", values(azimov).get("type"));
        assertEquals(List.of("2007-05-20", "2007-12-28", "2008-01-28",
                "2008-01-29"), spells(azimov), "mention dates and evidence dates, each once");

        // every edge spell lies on a spell of both its nodes, so Gephi's timeline never shows a dangling edge
        for (Element edge : edges.values()) {
            for (String s : spells(edge)) {
                assertTrue(spells(nodes.get(edge.getAttribute("source"))).contains(s), s);
                assertTrue(spells(nodes.get(edge.getAttribute("target"))).contains(s), s);
            }
        }

        NodeList declared = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attribute");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < declared.getLength(); i++) {
            ids.add(((Element) declared.item(i).getParentNode()).getAttribute("class") + ":"
                    + ((Element) declared.item(i)).getAttribute("id"));
        }
        assertTrue(ids.containsAll(List.of("node:type", "edge:types", "edge:evidenceCount", "edge:firstDate",
                "edge:lastDate")), ids.toString());
    }

    @Test
    void filteredViewWritesOnlyVisibleSpells() throws Exception {
        GraphView discussed = graph.view(GraphFilter.ALL.withRelationTypes(
                java.util.Set.of(tieline.model.RelationType.DISCUSSED)));
        Document doc = SecureXml.parse(ExportTestSupport.bytes(new GexfWriter(), discussed));
        Element tep = byId(doc, "edge").get(Relationship.idFor(AZIMOV, TEP));
        assertEquals(List.of("2007-12-28"), spells(tep));
        assertEquals("1", values(tep).get("evidenceCount"));
    }

    @Test
    void controlCharactersInNamesStillGiveWellFormedXml() throws Exception {
        tieline.model.Extraction x = GraphFixtures.extraction();
        List<tieline.model.Entity> entities = new ArrayList<>(x.entities());
        entities.set(0, new tieline.model.Entity(AZIMOV, tieline.model.EntityType.PERSON, "Araz\u0001 <Azimov> & \"co\"",
                java.util.Set.of(), List.of()));
        GraphView view = RelationshipGraph.build(new tieline.model.Extraction(x.cables(), entities, x.mentions(),
                x.evidence())).view();
        Document doc = SecureXml.parse(ExportTestSupport.bytes(new GexfWriter(), view));
        assertEquals("Araz <Azimov> & \"co\"", byId(doc, "node").get(AZIMOV).getAttribute("label"));
        Document graphml = SecureXml.parse(ExportTestSupport.bytes(new GraphMlWriter(), view));
        assertTrue(graphml.getDocumentElement() != null);
    }

    @Test
    void testParserRefusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        assertThrows(Exception.class, () -> SecureXml.parse(xxe.getBytes(StandardCharsets.UTF_8)));
    }
}
