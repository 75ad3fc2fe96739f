package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.Corpus;
import tieline.cable.CableReader;
import tieline.cable.ReadResult;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;
import tieline.model.Role;

/**
 * The five seed cables with the bundled gazetteer: the golden listing, and every item of the
 * issue checked explicitly so that a wrongly regenerated golden file still fails.
 * Regenerate the golden file with {@code -Dgolden.update=true} and review it by reading.
 */
class SeedExtractionTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/seeds-extraction.txt");

    static Extraction x;
    static ExtractionAssertions a;

    @BeforeAll
    static void extract() {
        ReadResult read = new CableReader().read(List.of(Corpus.sampleData()));
        assertEquals(5, read.cables().size(), "seed cables in sample-data: " + read.problems());
        x = new Extractor(Gazetteer.bundled()).extract(read.cables());
        a = new ExtractionAssertions(x);
    }

    @Test
    void matchesGoldenListing() throws IOException {
        String listing = ExtractionListing.of(x);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, listing, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), listing,
                "extraction differs from " + GOLDEN + " (regenerate with -Dgolden.update=true and review)");
    }

    @Test
    void heydarovHoldsMesAndHeldStateCustoms() {
        Entity heydarov = a.require("person:kamaladdin-heydarov");
        assertTrue(heydarov.aliases().contains("Heydarov"));
        Role mes = role(heydarov, "org:mes");
        assertNull(mes.to(), "still Minister of Emergency Situations");
        Role customs = role(heydarov, "org:state-customs-service");
        assertNotNull(customs.to(), "the State Customs Service is a former role");
        assertEquals("State Customs Service", a.require("org:state-customs-service").name());
        a.assertEvidence("person:kamaladdin-heydarov", RelationType.ROLE, "org:mes", "07BAKU605", 2,
                "2007-05-10", DateSource.TEXT);
        a.assertEvidence("person:kamaladdin-heydarov", RelationType.ROLE, "org:state-customs-service", "07BAKU605",
                3, null, null);
    }

    @Test
    void heydarovWroteToChertoff() {
        a.assertEvidence("person:kamaladdin-heydarov", RelationType.CORRESPONDED, "person:michael-chertoff",
                "07BAKU605", 2, "2007-05-10", DateSource.TEXT);
    }

    @Test
    void mirzayevIsMesFirstDeputy() {
        a.assertEvidence("person:rafail-mirzayev", RelationType.ROLE, "org:mes", "07BAKU1479", 2, "2007-12-12",
                DateSource.TEXT);
    }

    @Test
    void azimovDiscussedTepAndCeipAtTheDecember28Meeting() {
        a.assertEvidence("person:araz-azimov", RelationType.DISCUSSED, "topic:tep", "08BAKU73", null, "2007-12-28",
                null);
        a.assertEvidence("person:araz-azimov", RelationType.DISCUSSED, "topic:ceip", "08BAKU73", null, "2007-12-28",
                null);
        a.assertEvidence("person:araz-azimov", RelationType.DISCUSSED, "topic:ceip", "08BAKU73", 8, "2007-12-28",
                DateSource.EVENT);
    }

    @Test
    void azimovLinkedToAbiyevAndMes() {
        a.assertEvidence("person:araz-azimov", null, "person:safar-abiyev", "08BAKU73", 5, "2007-12-28", null);
        a.assertEvidence("person:araz-azimov", null, "org:mes", "08BAKU73", 8, "2007-12-28", null);
    }

    @Test
    void azimovMetDerseTwice() {
        a.assertEvidence("person:araz-azimov", RelationType.MET, "person:anne-derse", "08BAKU73", 1, "2007-12-28",
                DateSource.TEXT);
        a.assertEvidence("person:araz-azimov", RelationType.MET, "person:anne-derse", "09BAKU266", 1, "2009-04-03",
                DateSource.TEXT);
        Set<LocalDate> dates = x.evidence().stream()
                .filter(e -> Set.of(e.sourceId(), e.targetId()).equals(Set.of("person:araz-azimov", "person:anne-derse")))
                .map(Evidence::date).collect(Collectors.toSet());
        assertEquals(Set.of(LocalDate.parse("2007-12-28"), LocalDate.parse("2009-04-03")), dates,
                "the Azimov - Derse timeline has the two meetings' dates only (08BAKU73 para 6's Budapest date is a topic's)");
    }

    @Test
    void abiyevIsDefenseMinisterInThreeCables() {
        for (String cable : List.of("08BAKU73", "09BAKU266", "09BAKU433")) {
            a.assertEvidence("person:safar-abiyev", RelationType.ROLE, "org:mod", cable, null, null, null);
        }
        assertEquals("Ministry of Defense", a.require("org:mod").name());
    }

    @Test
    void abiyevMetCraddock() {
        a.assertEvidence("person:safar-abiyev", RelationType.MET, "person:bantz-craddock", "09BAKU433", 2,
                "2009-05-21", DateSource.TEXT);
    }

    @Test
    void presidentForeignMinisterAndDasPresentWithRoles() {
        assertTrue(a.require("person:ilham-aliyev").roles().stream()
                .anyMatch(r -> r.title().equals("President") && "org:goaj".equals(r.organizationId())));
        assertTrue(role(a.require("person:elmar-mammadyarov"), "org:mfa").title().contains("Minister"));
        assertTrue(a.require("person:matt-bryza").roles().stream()
                .anyMatch(r -> r.title().contains("Deputy Assistant Secretary")));
        assertTrue(role(a.require("person:araz-azimov"), "org:mfa").title().contains("Deputy"));
    }

    @Test
    void theAmbassadorIsAnneDerseAndSignersArePeople() {
        Entity derse = a.require("person:anne-derse");
        assertEquals("Anne Derse", derse.name());
        assertTrue(x.mentions().stream().anyMatch(m -> m.entityId().equals("person:anne-derse")
                && m.cableId().equals("08BAKU73") && m.text().equals("Ambassador")), "\"the Ambassador\" in 08BAKU73");
        assertTrue(x.mentions().stream().anyMatch(m -> m.entityId().equals("person:anne-derse")
                && m.cableId().equals("09BAKU266") && m.text().equals("Derse")), "\"Ambassador Derse\" in 09BAKU266");
        assertEquals(EntityType.PERSON, a.require("person:hyland").type(), "signer HYLAND");
    }

    @Test
    void namesakesAndNamesInsidePlacesStayApart() {
        assertTrue(a.entity("person:heydar-aliyev").isEmpty() || x.mentions().stream()
                        .noneMatch(m -> m.entityId().equals("person:heydar-aliyev") && m.cableId().equals("09BAKU266")),
                "Heydar Aliyev International Airport is not Heydar Aliyev");
        assertFalse(x.mentions().stream().anyMatch(m -> m.cableId().equals("09BAKU266")
                && m.text().startsWith("Heydar")), "no mention inside the airport's name");
    }

    @Test
    void noFurnitureRedactionsOrMonthsAsEntities() {
        Set<String> bad = Set.of("xxxxxxxxxxxx", "sincerely", "end summary", "action request", "summary", "comment",
                "embassy", "washington", "department");
        for (Entity e : x.entities()) {
            String n = e.name().toLowerCase(Locale.ROOT);
            assertFalse(bad.contains(n), "not an entity: " + e.name());
            assertFalse(CableVocabulary.MONTHS.contains(e.name()), "a month is not an entity: " + e.name());
            assertFalse(n.contains("xxxx"), "a redaction is not an entity: " + e.name());
        }
    }

    @Test
    void mentionSpansPointAtTheirText() {
        for (Mention m : x.mentions()) {
            if (m.paragraph() == 0) {
                String text = x.cables().stream().filter(c -> c.id().equals(m.cableId())).findFirst().orElseThrow()
                        .text();
                assertEquals(m.text(), text.substring(m.start(), m.end()));
                continue;
            }
            String text = x.cables().stream().filter(c -> c.id().equals(m.cableId())).findFirst().orElseThrow()
                    .paragraph(m.paragraph()).orElseThrow().text();
            assertEquals(m.text(), text.substring(m.start(), m.end()), "span of " + m);
        }
    }

    @Test
    void evidenceCarriesMarkingQuoteAndKnownEntities() {
        Set<String> ids = x.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Evidence e : x.evidence()) {
            assertTrue(ids.contains(e.sourceId()) && ids.contains(e.targetId()), "unknown entity in " + e);
            assertNotNull(e.marking());
            assertFalse(e.quote().isBlank());
            assertFalse(e.date().isAfter(LocalDate.of(2009, 6, 1)));
        }
        assertTrue(x.evidence().stream().filter(e -> e.cableId().equals("07BAKU605") && e.paragraph() == 3)
                .allMatch(e -> e.marking().portionCode().equals("SBU")));
    }

    private static Role role(Entity e, String orgId) {
        return e.roles().stream().filter(r -> orgId.equals(r.organizationId())).findFirst()
                .orElseThrow(() -> new AssertionError(e.name() + " has no role at " + orgId + ": " + e.roles()));
    }

    private static void assertNull(Object o, String message) {
        org.junit.jupiter.api.Assertions.assertNull(o, message);
    }
}
