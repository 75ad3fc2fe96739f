package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.GraphFilter;
import tieline.graph.RelationshipGraph;

/** The seed cables exported as JSON: role organizations resolve, and a ceiling limits aliases and roles too. */
class ExportedEntityFactsTest {

    private static RelationshipGraph graph;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void extract() {
        graph = RelationshipGraph.build(new Extractor(Gazetteer.bundled())
                .extract(new CableReader().read(List.of(Path.of("sample-data"))).cables()));
    }

    private JsonNode export(GraphFilter filter) throws IOException {
        return mapper.readTree(ExportTestSupport.bytes(new JsonGraphWriter(), graph.view(filter)));
    }

    @Test
    void everyRoleOrganizationIsAnEntityOfTheExport() throws IOException {
        JsonNode doc = export(GraphFilter.ALL);
        Set<String> ids = new HashSet<>();
        doc.get("entities").forEach(e -> ids.add(e.get("id").textValue()));
        int roles = 0;
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode r : e.get("roles")) {
                roles++;
                if (!r.get("organization").isNull()) {
                    assertTrue(ids.contains(r.get("organization").textValue()),
                            e.get("id") + " has a role in " + r.get("organization") + ", which is not an entity of the export");
                }
            }
        }
        assertTrue(roles > 10, "the seeds give roles");
        assertTrue(ids.contains("org:u-s-embassy-baku"), "Derse's embassy (a gazetteer office) is written");
    }

    @Test
    void underACeilingAliasesAndRolesAreOnlyWhatVisibleEvidenceSupports() throws IOException {
        JsonNode all = export(GraphFilter.ALL);
        JsonNode doc = export(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        Set<String> roleLinks = new HashSet<>();
        for (JsonNode r : doc.get("relationships")) {
            for (JsonNode e : r.get("evidence")) {
                if (e.get("type").textValue().equals("ROLE")) {
                    roleLinks.add(r.get("source").textValue() + "|" + r.get("target").textValue());
                    roleLinks.add(r.get("target").textValue() + "|" + r.get("source").textValue());
                }
            }
        }
        int aliasesDropped = 0;
        for (JsonNode e : doc.get("entities")) {
            String id = e.get("id").textValue();
            Set<String> written = new HashSet<>();
            e.get("mentions").forEach(m -> written.add(m.get("text").textValue()));
            for (JsonNode a : e.get("aliases")) {
                assertTrue(written.contains(a.textValue()), id + " alias " + a + " is not written in a visible mention");
            }
            for (JsonNode r : e.get("roles")) {
                assertTrue(roleLinks.contains(id + "|" + r.get("organization").textValue()),
                        id + " role " + r + " has no visible ROLE evidence");
            }
            for (JsonNode full : all.get("entities")) {
                if (full.get("id").textValue().equals(id)) {
                    aliasesDropped += full.get("aliases").size() - e.get("aliases").size();
                }
            }
        }
        assertTrue(aliasesDropped > 0, "some alias is known only from classified paragraphs or the gazetteer");
        assertFalse(doc.toString().contains("Deputy Minister of Foreign Affairs"),
                "Azimov's title is read only in CONFIDENTIAL paragraphs");
        assertTrue(all.get("entities").size() > doc.get("entities").size());
    }
}
