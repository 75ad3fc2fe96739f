package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.Corpus;
import tieline.cable.CableReader;
import tieline.model.EntityType;
import tieline.model.Extraction;
import tieline.model.RelationType;

/** The gazetteer is not the only source: with it emptied, the rules still find the seed cables' key entities. */
class EmptyGazetteerTest {

    @Test
    void rulesAloneFindTheSeedEntities() {
        Extraction x = new Extractor(Gazetteer.empty())
                .extract(new CableReader().read(List.of(Corpus.sampleData())).cables());
        ExtractionAssertions a = new ExtractionAssertions(x);
        assertEquals(EntityType.PERSON, a.require("person:kamaladdin-heydarov").type());
        assertEquals(EntityType.PERSON, a.require("person:araz-azimov").type());
        assertEquals(EntityType.PERSON, a.require("person:safar-abiyev").type());
        assertEquals("Ministry of Emergency Situations", a.require("org:mes").name(),
                "MES from \"Minister of Emergency Situations (MES)\"");
        assertEquals(EntityType.TOPIC, a.require("topic:tep").type(), "TEP from \"Train-and-Equip Program (TEP)\"");
        assertEquals("Critical Energy Infrastructure Protection", a.require("topic:ceip").name());
        a.assertEvidence("person:rafail-mirzayev", RelationType.ROLE, "org:mes", "07BAKU1479", 2, "2007-12-12", null);
        a.assertEvidence("person:kamaladdin-heydarov", RelationType.ROLE, "org:mes", "07BAKU605", 2, null, null);
        a.assertEvidence("person:araz-azimov", RelationType.DISCUSSED, "topic:tep", "08BAKU73", 1, "2007-12-28", null);
        a.assertEvidence("person:araz-azimov", RelationType.MET, "person:anne-derse", "08BAKU73", 1, "2007-12-28",
                null);
        assertTrue(a.require("person:anne-derse").aliases().contains("Derse"), "the signer DERSE is Anne Derse");
        assertTrue(x.mentions().stream().anyMatch(m -> m.entityId().equals("person:kamaladdin-heydarov")
                && m.text().equals("Heydarov")), "\"Minister Heydarov\" resolves to the full name in the same cable");
    }
}
