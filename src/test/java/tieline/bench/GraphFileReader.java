package tieline.bench;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tieline.layout.LayoutGraph;

/**
 * Reads a graph for the layout benchmark from a file, so a graph built elsewhere (the whole shared
 * corpus, once extraction exists) can be measured with {@code --corpus-graph FILE}:
 * <ul>
 *   <li>{@code .graphml}: {@code <node id>} and {@code <edge source target>} elements, unweighted.
 *       External entities and DTDs are not loaded.</li>
 *   <li>{@code .json}: either a Tieline graph export (DESIGN.md: {@code relationships[]} with
 *       {@code source}, {@code target} and {@code evidence[]}; an edge weighs its evidence count) or a
 *       plain edge list, an array of {@code [source, target]} or {@code [source, target, weight]}.</li>
 * </ul>
 * Node ids may be any strings or numbers. Problems are reported as {@link GraphFileException} naming
 * the file and line.
 */
final class GraphFileReader {

    private GraphFileReader() {
    }

    /** Reads the graph in {@code file}, choosing the format by its extension. */
    static LayoutGraph read(Path file) throws GraphFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new GraphFileException(file + ": no such file");
        }
        if (name.endsWith(".graphml") || name.endsWith(".xml")) {
            return readGraphMl(file);
        }
        if (name.endsWith(".json")) {
            return readJson(file);
        }
        throw new GraphFileException(file + ": unknown graph format; expected a .graphml or .json file");
    }

    private static LayoutGraph readGraphMl(Path file) throws GraphFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        EdgeList edges = new EdgeList();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                int line = xml.getLocation().getLineNumber();
                switch (xml.getLocalName()) {
                    case "node" -> edges.node(required(xml, "id", file, line));
                    case "edge" -> edges.edge(required(xml, "source", file, line), required(xml, "target", file, line), 1.0);
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new GraphFileException(file + ":" + line + ": not well-formed GraphML: " + e.getMessage());
        } catch (IOException e) {
            throw new GraphFileException(file + ": cannot read: " + e.getMessage());
        }
        return edges.toGraph(file);
    }

    private static String required(XMLStreamReader xml, String attribute, Path file, int line)
            throws GraphFileException {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new GraphFileException(file + ":" + line + ": <" + xml.getLocalName() + "> has no " + attribute);
        }
        return value;
    }

    private static LayoutGraph readJson(Path file) throws GraphFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new GraphFileException(file + ":" + (at == null ? -1 : at.getLineNr()) + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GraphFileException(file + ": cannot read: " + e.getMessage());
        }
        EdgeList edges = new EdgeList();
        if (root != null && root.isArray()) {
            int index = 0;
            for (JsonNode edge : root) {
                if (!edge.isArray() || edge.size() < 2 || !edge.get(0).isValueNode() || !edge.get(1).isValueNode()) {
                    throw new GraphFileException(file + ": edge list entry " + index
                            + " is not [source, target] or [source, target, weight]");
                }
                double weight = edge.size() > 2 && edge.get(2).isNumber() ? edge.get(2).asDouble() : 1.0;
                edges.edge(edge.get(0).asText(), edge.get(1).asText(), weight);
                index++;
            }
            return edges.toGraph(file);
        }
        if (root == null || !root.has("relationships") || !root.get("relationships").isArray()) {
            throw new GraphFileException(file + ": expected a Tieline graph export (an object with"
                    + " \"relationships\") or an array of [source, target] edges");
        }
        for (JsonNode entity : root.path("entities")) {
            if (entity.hasNonNull("id")) {
                edges.node(entity.get("id").asText());
            }
        }
        int index = 0;
        for (JsonNode relationship : root.get("relationships")) {
            if (!relationship.hasNonNull("source") || !relationship.hasNonNull("target")) {
                throw new GraphFileException(file + ": relationship " + index + " ("
                        + relationship.path("id").asText("no id") + ") has no source or target");
            }
            JsonNode evidence = relationship.path("evidence");
            double weight = evidence.isArray() && evidence.size() > 0 ? evidence.size() : 1.0;
            edges.edge(relationship.get("source").asText(), relationship.get("target").asText(), weight);
            index++;
        }
        return edges.toGraph(file);
    }

    /** Collects named nodes and edges and numbers the nodes in order of appearance. */
    private static final class EdgeList {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<int[]> ends = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        int node(String id) {
            return index.computeIfAbsent(id, k -> index.size());
        }

        void edge(String source, String target, double weight) {
            ends.add(new int[] {node(source), node(target)});
            weights.add(weight);
        }

        LayoutGraph toGraph(Path file) throws GraphFileException {
            int m = ends.size();
            int[] s = new int[m];
            int[] t = new int[m];
            double[] w = new double[m];
            for (int e = 0; e < m; e++) {
                s[e] = ends.get(e)[0];
                t[e] = ends.get(e)[1];
                w[e] = weights.get(e);
            }
            try {
                return LayoutGraph.of(index.size(), s, t, w);
            } catch (IllegalArgumentException e) {
                throw new GraphFileException(file + ": " + e.getMessage());
            }
        }
    }
}
