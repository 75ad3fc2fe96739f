package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.graph.RelationshipGraph;
import tieline.model.Evidence;
import tieline.model.Extraction;

/** A partial extract with no id is cited by its file name, and the graph finds it by that name. */
class CableWithoutIdTest {

    @Test
    void evidenceFromACableWithoutAnIdLeadsBackToTheCable() {
        String text = "TAGS: PREL AJ\nSUBJECT: PARTIAL EXTRACT\n\n"
                + "1. (C) Minister of Emergency Situations Kamaladdin Heydarov met Deputy Foreign Minister "
                + "Araz Azimov.\n";
        Cable c = new CableReader().readBytes("/tmp/extracts/partial-7.txt", text.getBytes(StandardCharsets.UTF_8))
                .cable();
        assertNull(c.id());
        assertEquals("partial-7", c.key());
        Extraction x = new Extractor(Gazetteer.bundled()).extract(List.of(c));
        assertFalse(x.evidence().isEmpty());
        RelationshipGraph g = RelationshipGraph.build(x);
        for (Evidence e : x.evidence()) {
            assertEquals("partial-7", e.cableId());
            assertTrue(g.cable(e.cableId()).isPresent(), "the viewer can open " + e.cableId());
        }
        assertEquals(1, g.cables().size());
    }
}
