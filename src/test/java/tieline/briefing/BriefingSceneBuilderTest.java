package tieline.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.graph.GraphFixtures.AZIMOV;
import static tieline.graph.GraphFixtures.BRYZA;
import static tieline.graph.GraphFixtures.CEIP;
import static tieline.graph.GraphFixtures.HEYDAROV;
import static tieline.graph.GraphFixtures.MES;
import static tieline.graph.GraphFixtures.MFA;
import static tieline.graph.GraphFixtures.TEP;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;
import tieline.model.EntityType;
import tieline.model.RelationType;

class BriefingSceneBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private final RelationshipGraph graph = BriefingFixtures.graph();
    private final BriefingSceneBuilder builder = new BriefingSceneBuilder();

    private BriefingScene network(Classification ceiling) {
        return builder.build(graph.view(), Map.of(), BriefingOptions.network(ceiling).withGeneratedOn(TODAY));
    }

    private static Set<String> nodeIds(BriefingScene scene) {
        return scene.nodes().stream().map(SceneNode::id).collect(Collectors.toSet());
    }

    @Test
    void unclassifiedCeilingKeepsOnlyWhatUnclassifiedEvidenceSupports() {
        BriefingScene scene = network(Classification.UNCLASSIFIED);
        assertEquals(Set.of(AZIMOV, TEP, BRYZA, CEIP), nodeIds(scene));
        assertEquals(3, scene.edges().size());
        assertEquals("UNCLASSIFIED", scene.marking().banner().bannerText());
        assertFalse(scene.marking().isClassified());
        assertEquals(List.of("07BAKU605", "08BAKU73", "09MOSCOW100"),
                scene.sources().stream().map(SourceCable::cableId).toList());
        SceneEdge azimovTep = scene.edges().stream()
                .filter(e -> Set.of(e.sourceId(), e.targetId()).equals(Set.of(AZIMOV, TEP))).findFirst().orElseThrow();
        assertEquals(RelationType.MENTIONED_WITH, azimovTep.strongestType(), "the DISCUSSED (C) evidence is gone");
        assertEquals(1, azimovTep.evidenceCount());
    }

    @Test
    void confidentialCeilingMarksTheBriefingAndNamesItsSources() {
        BriefingScene scene = network(Classification.CONFIDENTIAL);
        assertEquals(Set.of(AZIMOV, TEP, BRYZA, CEIP, MFA, MES), nodeIds(scene));
        assertEquals(Classification.CONFIDENTIAL, scene.marking().banner());
        assertEquals(List.of("07BAKU605", "08BAKU73", "09BAKU266"), scene.marking().derivedFrom());
        assertEquals(LocalDate.of(2019, 4, 1), scene.marking().declassifyOn());
        assertFalse(nodeIds(scene).contains(HEYDAROV), "Heydarov is supported by SECRET evidence only");
    }

    @Test
    void withoutCeilingTheBannerCarriesNoforn() {
        BriefingScene scene = network(null);
        assertTrue(nodeIds(scene).contains(HEYDAROV));
        assertEquals("SECRET//NOFORN", scene.marking().banner().bannerText());
    }

    @Test
    void theExportCannotRaiseTheViewsCeiling() {
        GraphView unclassifiedView = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        BriefingScene scene = builder.build(unclassifiedView, Map.of(),
                BriefingOptions.network(Classification.SECRET_NOFORN).withGeneratedOn(TODAY));
        assertEquals(Set.of(AZIMOV, TEP, BRYZA, CEIP), nodeIds(scene));
        assertEquals("UNCLASSIFIED", scene.marking().banner().bannerText());
    }

    @Test
    void hiddenEntitiesAndEntitiesLeftWithoutEvidenceAreNotDrawn() {
        BriefingOptions options = BriefingOptions.network(Classification.CONFIDENTIAL).withHidden(Set.of(AZIMOV))
                .withGeneratedOn(TODAY);
        BriefingScene scene = builder.build(graph.view(), Map.of(), options);
        assertEquals(Set.of(BRYZA, TEP, CEIP, MES), nodeIds(scene), "MFA was linked to Azimov only");
        assertTrue(scene.subtitle().contains("1 entity hidden"));
    }

    @Test
    void focusAndHopsLimitThePictureAndEmphasiseTheFocus() {
        BriefingOptions options = BriefingOptions.network(Classification.CONFIDENTIAL).withFocus(MFA, 1)
                .withSelection(Set.of(MFA), true).withGeneratedOn(TODAY);
        BriefingScene scene = builder.build(graph.view(), Map.of(), options);
        assertEquals(Set.of(MFA, AZIMOV), nodeIds(scene));
        assertTrue(scene.node(MFA).orElseThrow().emphasised());
        assertFalse(scene.node(AZIMOV).orElseThrow().emphasised());
        assertTrue(scene.edges().get(0).emphasised());
        assertEquals("Ministry of Foreign Affairs: relationships, May 2007", scene.title());
        assertTrue(scene.subtitle().contains("within 1 hop of Ministry of Foreign Affairs"), scene.subtitle());
        assertTrue(scene.subtitle().contains("ceiling CONFIDENTIAL"), scene.subtitle());
    }

    @Test
    void givenPositionsAreKeptAndMissingOnesAreLaidOutWithTheSeed() {
        Map<String, LayoutPoint> given = Map.of(AZIMOV, new LayoutPoint(100, 200), TEP, new LayoutPoint(-50, 10));
        BriefingOptions options = BriefingOptions.network(Classification.UNCLASSIFIED).withGeneratedOn(TODAY);
        BriefingScene first = builder.build(graph.view(), given, options);
        BriefingScene second = builder.build(graph.view(), given, options);
        SceneNode azimov = first.node(AZIMOV).orElseThrow();
        assertEquals(100, azimov.x());
        assertEquals(200, azimov.y());
        assertEquals(first.nodes(), second.nodes(), "the same seed gives the same layout");
        SceneNode bryza = first.node(BRYZA).orElseThrow();
        assertNotEquals(bryza.x(), first.node(CEIP).orElseThrow().x());
    }

    @Test
    void nodeSizeAndEdgeWidthGrowWithLinksAndEvidence() {
        BriefingScene scene = network(Classification.CONFIDENTIAL);
        double azimov = scene.node(AZIMOV).orElseThrow().radius();
        double mfa = scene.node(MFA).orElseThrow().radius();
        assertTrue(azimov > mfa, "Azimov has three links, MFA one");
        SceneEdge tep = scene.edges().stream()
                .filter(e -> Set.of(e.sourceId(), e.targetId()).equals(Set.of(AZIMOV, TEP))).findFirst().orElseThrow();
        SceneEdge mfaEdge = scene.edges().stream()
                .filter(e -> Set.of(e.sourceId(), e.targetId()).equals(Set.of(AZIMOV, MFA))).findFirst().orElseThrow();
        assertTrue(tep.width() > mfaEdge.width());
    }

    @Test
    void legendListsOnlyTypesPresent() {
        BriefingScene scene = network(Classification.UNCLASSIFIED);
        assertEquals(List.of(EntityType.PERSON, EntityType.TOPIC), scene.legend().entityTypes());
        assertEquals(List.of(RelationType.DISCUSSED, RelationType.MENTIONED_WITH), scene.legend().relationTypes());
    }

    @Test
    void timelineOfOneRelationshipUnderTheCeiling() {
        BriefingOptions options = BriefingOptions.timeline(AZIMOV, TEP, Classification.CONFIDENTIAL)
                .withGeneratedOn(TODAY);
        BriefingScene scene = builder.build(graph.view(), Map.of(), options);
        assertEquals(BriefingKind.TIMELINE, scene.kind());
        assertEquals(1, scene.timeline().size());
        TimelineRow row = scene.timeline().get(0);
        assertEquals("Araz Azimov \u2013 Train-and-Equip Program", row.label());
        assertEquals(List.of(LocalDate.of(2007, 5, 20), LocalDate.of(2007, 12, 28)),
                row.evidence().stream().map(SceneEvidence::date).toList());
        assertEquals("Araz Azimov \u2013 Train-and-Equip Program: timeline, May 2007 - Dec 2007", scene.title());
        BriefingScene unclassified = builder.build(graph.view(), Map.of(),
                options.withCeiling(Classification.UNCLASSIFIED));
        assertEquals(1, unclassified.timeline().get(0).evidence().size());
        assertEquals("UNCLASSIFIED", unclassified.marking().banner().bannerText());
    }

    @Test
    void timelineOfAnEntityHasARowPerRelationshipOldestFirstNamedByTheOtherEnd() {
        BriefingScene scene = builder.build(graph.view(), Map.of(),
                BriefingOptions.timeline(BRYZA, null, Classification.CONFIDENTIAL).withGeneratedOn(TODAY));
        assertEquals(List.of("Araz Azimov", "Train-and-Equip Program", "Critical Energy Infrastructure Protection"),
                scene.timeline().stream().map(TimelineRow::label).toList());
    }

    @Test
    void pathCarriesTheEvidenceOfEachStepUnderTheCeiling() {
        BriefingScene scene = builder.build(graph.view(), Map.of(),
                BriefingOptions.path(MFA, CEIP, Classification.CONFIDENTIAL).withGeneratedOn(TODAY));
        assertEquals(List.of(MFA, AZIMOV, BRYZA, CEIP), scene.nodes().stream().map(SceneNode::id).toList());
        assertEquals(3, scene.path().size());
        assertEquals(RelationType.MET, scene.path().get(1).strongestType());
        assertTrue(scene.quotedEvidence().stream().allMatch(e -> e.marking().isAtOrBelow(
                Classification.CONFIDENTIAL)));
        assertEquals("Ministry of Foreign Affairs to Critical Energy Infrastructure Protection: connection, "
                + "May 2007 - Jun 2009", scene.title());
    }

    @Test
    void pathAvoidsHiddenEntitiesOrReportsThatThereIsNone() {
        BriefingOptions options = BriefingOptions.path(TEP, CEIP, Classification.CONFIDENTIAL).withGeneratedOn(TODAY);
        BriefingScene direct = builder.build(graph.view(), Map.of(), options);
        assertEquals(List.of(TEP, BRYZA, CEIP), direct.nodes().stream().map(SceneNode::id).toList());
        BriefingScene around = builder.build(graph.view(), Map.of(), options.withHidden(Set.of(BRYZA)));
        assertTrue(around.path().isEmpty(), "without Bryza TEP and CEIP are not connected under CONFIDENTIAL");
        assertTrue(around.subtitle().contains("no connection"), around.subtitle());
        assertEquals("UNCLASSIFIED", around.marking().banner().bannerText());
    }

    @Test
    void titleGivenByTheOfficerWins() {
        BriefingScene scene = builder.build(graph.view(), Map.of(),
                BriefingOptions.network(Classification.UNCLASSIFIED).withTitle("  Azerbaijan: who talks TEP  ")
                        .withGeneratedOn(TODAY));
        assertEquals("Azerbaijan: who talks TEP", scene.title());
        assertEquals(TODAY, scene.generatedOn());
    }

    @Test
    void exportRangeNarrowsTheEvidence() {
        BriefingOptions options = BriefingOptions.network(Classification.CONFIDENTIAL)
                .withDateRange(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)).withGeneratedOn(TODAY);
        BriefingScene scene = builder.build(graph.view(), Map.of(), options);
        assertEquals(Set.of(AZIMOV, BRYZA, TEP), nodeIds(scene));
        assertEquals("Relationship network, Jan 2008 - Dec 2008", scene.title());
        GraphView late = graph.view(GraphFilter.ALL.withDateRange(LocalDate.of(2009, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> builder.build(late, Map.of(),
                options.withDateRange(null, LocalDate.of(2008, 6, 1))));
    }

    @Test
    void unmarkedEvidenceIsNeverExported() {
        assertNull(GraphFilter.ALL.ceiling());
        assertEquals(BriefingOptions.NO_CEILING, BriefingOptions.network(null).ceiling());
    }
}
