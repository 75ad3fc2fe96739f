package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphFixtures;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;

class CsvEvidenceWriterTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    private List<List<String>> rows(GraphView view) throws Exception {
        String text = new String(ExportTestSupport.bytes(new CsvEvidenceWriter(), view), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        return Rfc4180Reader.parse(text);
    }

    @Test
    void oneRowPerEvidenceWithTheHeader() throws Exception {
        List<List<String>> rows = rows(graph.view());
        assertEquals(CsvEvidenceWriter.COLUMNS, rows.get(0));
        assertEquals(List.of("relationship", "source", "target", "sourceName", "targetName", "type", "cable",
                "paragraph", "marking", "date", "dateFrom", "quote"), rows.get(0));
        assertEquals(GraphFixtures.extraction().evidence().size() + 1, rows.size());
        for (List<String> row : rows) {
            assertEquals(12, row.size());
        }
        List<String> met = rows.stream().filter(r -> r.get(5).equals("MET")).findFirst().orElseThrow();
        assertEquals(List.of("rel:person:araz-azimov|person:matt-bryza", GraphFixtures.AZIMOV, GraphFixtures.BRYZA,
                "Araz Azimov", "Matt Bryza", "MET", "08BAKU73", "1", "C", "2008-01-28", "TEXT",
                "DAS Bryza met Azimov on January 28."), met);
    }

    @Test
    void quotesCommasAndLineBreaksRoundTrip() throws Exception {
        List<List<String>> rows = rows(graph.view());
        List<String> quotes = rows.stream().map(r -> r.get(11)).toList();
        assertTrue(quotes.contains("Azimov said a potential TEP had to be, in his words, \"balanced\", and fair."));
        assertTrue(quotes.contains("Azimov; TEP\r\nnext line"));
        assertTrue(quotes.contains("MES and CEIP <together> & more."));
        assertEquals("\"a,b\"", CsvEvidenceWriter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvEvidenceWriter.field("say \"hi\""));
        assertEquals("plain", CsvEvidenceWriter.field("plain"));
    }

    @Test
    void ceilingLimitsTheRows() throws Exception {
        List<List<String>> rows = rows(graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED)));
        assertEquals(4, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(8).equals("U")));
    }
}
