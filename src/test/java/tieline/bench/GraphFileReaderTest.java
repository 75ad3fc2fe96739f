package tieline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.layout.LayoutGraph;

class GraphFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsGraphMlWithoutLoadingItsDtd() throws Exception {
        Path file = write("g.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE graphml SYSTEM "file:///nonexistent/graphml.dtd">
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="a"/><node id="b"/><node id="c"/><node id="lonely"/>
                    <edge source="a" target="b"/>
                    <edge source="b" target="c"/>
                  </graph>
                </graphml>
                """);
        LayoutGraph g = GraphFileReader.read(file);
        assertEquals(4, g.nodeCount());
        assertEquals(2, g.edgeCount());
        assertEquals(2, g.degree(1));
        assertEquals(0, g.degree(3));
    }

    @Test
    void readsATielineExportWeighingEdgesByEvidence() throws Exception {
        Path file = write("graph.json", """
                {"format": "tieline-graph", "version": 1,
                 "entities": [{"id": "person:araz-azimov"}, {"id": "topic:tep"}, {"id": "org:mfa"}],
                 "relationships": [
                   {"id": "r1", "source": "person:araz-azimov", "target": "topic:tep",
                    "evidence": [{"cable": "08BAKU73"}, {"cable": "07BAKU1479"}]},
                   {"id": "r2", "source": "person:araz-azimov", "target": "org:mfa", "evidence": []}]}
                """);
        LayoutGraph g = GraphFileReader.read(file);
        assertEquals(3, g.nodeCount());
        assertEquals(2.0, g.weight(0));
        assertEquals(1.0, g.weight(1));
    }

    @Test
    void readsAPlainEdgeList() throws Exception {
        LayoutGraph g = GraphFileReader.read(write("edges.json", "[[1, 2], [2, 3, 4.5], [\"x\", 1]]"));
        assertEquals(4, g.nodeCount());
        assertEquals(4.5, g.weight(1));
    }

    @Test
    void badFilesGiveMessagesNamingFileAndLine() throws Exception {
        Path broken = write("broken.json", "{\n  \"relationships\": [\n    {\"source\": \"a\",, }\n]}");
        GraphFileException json = assertThrows(GraphFileException.class, () -> GraphFileReader.read(broken));
        assertTrue(json.getMessage().startsWith(broken + ":3:"), json.getMessage());

        Path noTarget = write("bad.graphml", "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph></graphml>");
        GraphFileException graphMl = assertThrows(GraphFileException.class, () -> GraphFileReader.read(noTarget));
        assertTrue(graphMl.getMessage().startsWith(noTarget + ":4:") && graphMl.getMessage().contains("target"),
                graphMl.getMessage());

        Path wrongShape = write("shape.json", "{\"nodes\": []}");
        assertTrue(assertThrows(GraphFileException.class, () -> GraphFileReader.read(wrongShape))
                .getMessage().contains("relationships"));
        Path csv = write("graph.csv", "a,b");
        assertTrue(assertThrows(GraphFileException.class, () -> GraphFileReader.read(csv))
                .getMessage().contains("unknown graph format"));
        assertTrue(assertThrows(GraphFileException.class, () -> GraphFileReader.read(dir.resolve("missing.json")))
                .getMessage().contains("no such file"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
