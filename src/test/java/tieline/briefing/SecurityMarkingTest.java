package tieline.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.ClassificationLevel;
import tieline.graph.GraphFixtures;
import tieline.model.DateSource;
import tieline.model.Evidence;
import tieline.model.RelationType;

class SecurityMarkingTest {

    private static Evidence evidence(String cable, Classification marking) {
        return new Evidence("a", "b", RelationType.MET, cable, 1, marking, LocalDate.of(2008, 1, 1),
                DateSource.CABLE, "quote");
    }

    private static Map<String, Cable> cables() {
        return Map.of(
                "07BAKU605", withDecl(GraphFixtures.cable("07BAKU605", "2007-05-20T10:00:00Z",
                        Classification.CONFIDENTIAL, List.of(), "s"), LocalDate.of(2017, 5, 20)),
                "08BAKU73", withDecl(GraphFixtures.cable("08BAKU73", "2008-01-29T05:05:00Z",
                        Classification.CONFIDENTIAL, List.of(), "s"), LocalDate.of(2018, 1, 29)),
                "09BAKU1", withDecl(GraphFixtures.cable("09BAKU1", "2009-01-01T00:00:00Z",
                        Classification.UNCLASSIFIED, List.of(), "s"), LocalDate.of(2030, 1, 1)));
    }

    private static Cable withDecl(Cable c, LocalDate decl) {
        return new Cable(c.id(), c.source(), c.dateTime(), c.precedence(), c.origin(), c.to(), c.info(),
                c.classification(), c.section(), decl, c.eoLine(), c.tags(), c.subject(), c.refs(), c.classifiedBy(),
                c.paragraphs(), c.signer(), c.text());
    }

    @Test
    void bannerIsTheHighestLevelWithEveryCaveat() {
        Classification confidentialNoforn = Classification.parse("C/NF");
        Classification banner = SecurityMarking.highest(List.of(Classification.SECRET, confidentialNoforn,
                Classification.UNCLASSIFIED));
        assertEquals("SECRET//NOFORN", banner.bannerText());
        assertEquals("UNCLASSIFIED", SecurityMarking.highest(List.of()).bannerText());
        assertEquals("UNCLASSIFIED//SBU", SecurityMarking.highest(List.of(Classification.UNCLASSIFIED,
                Classification.SBU)).bannerText());
    }

    @Test
    void noforNOverridesReleaseAndReleaseSurvivesOnlyWhenEveryClassifiedPortionCarriesIt() {
        Classification relNato = new Classification(ClassificationLevel.CONFIDENTIAL, java.util.Set.of("RELNATO"));
        Classification sbuNoforn = new Classification(ClassificationLevel.SENSITIVE, java.util.Set.of("NOFORN"));
        Classification secretFgi = new Classification(ClassificationLevel.SECRET, java.util.Set.of("FGI"));
        assertEquals("CONFIDENTIAL//RELNATO", SecurityMarking.highest(List.of(relNato, relNato,
                Classification.UNCLASSIFIED)).bannerText());
        assertEquals("CONFIDENTIAL", SecurityMarking.highest(List.of(relNato, Classification.CONFIDENTIAL))
                .bannerText(), "plain C claims no release, so neither does the whole");
        assertEquals("CONFIDENTIAL//NOFORN", SecurityMarking.highest(List.of(relNato, sbuNoforn)).bannerText());
        assertEquals("SECRET//FGI/NOFORN", SecurityMarking.text(SecurityMarking.highest(List.of(secretFgi, sbuNoforn))));
    }

    @Test
    void derivedFromListsOnlyCablesWhoseClassifiedParagraphsAreShownAndTakesTheLatestDeclassification() {
        SecurityMarking marking = SecurityMarking.of(List.of(
                evidence("08BAKU73", Classification.CONFIDENTIAL),
                evidence("07BAKU605", Classification.CONFIDENTIAL),
                evidence("09BAKU1", Classification.UNCLASSIFIED)), cables());
        assertEquals(Classification.CONFIDENTIAL, marking.banner());
        assertTrue(marking.isClassified());
        assertEquals(List.of("07BAKU605", "08BAKU73"), marking.derivedFrom());
        assertEquals(LocalDate.of(2018, 1, 29), marking.declassifyOn());
        assertEquals("Derived from: multiple sources (07BAKU605, 08BAKU73)", marking.derivedFromText());
        assertEquals("Declassify on: 2018-01-29", marking.declassifyOnText());
    }

    @Test
    void oneSourceIsNamedWithoutMultiple() {
        SecurityMarking marking = SecurityMarking.of(List.of(evidence("08BAKU73", Classification.CONFIDENTIAL)),
                cables());
        assertEquals("Derived from: 08BAKU73", marking.derivedFromText());
    }

    @Test
    void unclassifiedEvidenceCarriesNoAuthorityBlock() {
        SecurityMarking marking = SecurityMarking.of(List.of(evidence("09BAKU1", Classification.UNCLASSIFIED),
                evidence("09BAKU1", Classification.SBU)), cables());
        assertFalse(marking.isClassified());
        assertEquals(List.of(), marking.derivedFrom());
        assertNull(marking.declassifyOn());
    }

    @Test
    void aMissingDeclassificationDateIsSaidPlainly() {
        SecurityMarking marking = SecurityMarking.of(List.of(evidence("10XX1", Classification.SECRET)), Map.of());
        assertEquals("Declassify on: not stated in the sources", marking.declassifyOnText());
        assertEquals(List.of("10XX1"), marking.derivedFrom());
    }
}
