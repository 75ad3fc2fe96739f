package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.graph.GraphFixtures.AZIMOV;
import static tieline.graph.GraphFixtures.BRYZA;
import static tieline.graph.GraphFixtures.CEIP;
import static tieline.graph.GraphFixtures.HEYDAROV;
import static tieline.graph.GraphFixtures.LONELY;
import static tieline.graph.GraphFixtures.MES;
import static tieline.graph.GraphFixtures.MFA;
import static tieline.graph.GraphFixtures.TEP;
import static tieline.graph.GraphFixtures.ev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.model.DateSource;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.RelationType;

class RelationshipGraphTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    @Test
    void oneEdgePerLinkedPairWithEntitiesAsVertices() {
        assertEquals(8, graph.jgraph().vertexSet().size());
        assertEquals(8, graph.relationships().size());
        assertEquals(8, graph.jgraph().edgeSet().size());
        assertTrue(graph.jgraph().containsVertex(LONELY), "mentioned-only entities are vertices too");
        assertEquals(0, graph.jgraph().degreeOf(LONELY));
        assertEquals(3, graph.jgraph().degreeOf(AZIMOV));
    }

    @Test
    void relationshipIdSortsTheTwoEnds() {
        Relationship r = graph.relationship(TEP, AZIMOV).orElseThrow();
        assertEquals("rel:person:araz-azimov|topic:tep", r.id());
        assertEquals(AZIMOV, r.sourceId());
        assertEquals(TEP, r.targetId());
        assertSame(r, graph.relationship(AZIMOV, TEP).orElseThrow());
        assertSame(r, graph.relationship(r.id()).orElseThrow());
        assertEquals(r.id(), Relationship.idFor(TEP, AZIMOV));
        assertSame(r, graph.jgraph().getEdge(TEP, AZIMOV));
    }

    @Test
    void timelineIsSortedByDateAndKeepsWeakerEvidence() {
        Relationship r = graph.relationship(AZIMOV, TEP).orElseThrow();
        assertEquals(2, r.evidenceCount());
        assertEquals(List.of(LocalDate.of(2007, 5, 20), LocalDate.of(2007, 12, 28)),
                r.timeline().stream().map(Evidence::date).toList());
        assertEquals(Set.of(RelationType.DISCUSSED, RelationType.MENTIONED_WITH), r.types());
        assertEquals(RelationType.DISCUSSED, r.strongestType());
        assertEquals(LocalDate.of(2007, 5, 20), r.firstDate());
        assertEquals(LocalDate.of(2007, 12, 28), r.lastDate());
        assertEquals(List.of("07BAKU605", "08BAKU73"), List.copyOf(r.cables()));
        assertThrows(UnsupportedOperationException.class, () -> r.timeline().clear());
    }

    @Test
    void classificationIsTheLowestMarkingOfItsEvidence() {
        assertEquals(Classification.UNCLASSIFIED, graph.relationship(AZIMOV, TEP).orElseThrow().classification());
        assertEquals(Classification.SECRET_NOFORN, graph.relationship(HEYDAROV, MES).orElseThrow().classification());
        assertEquals(Classification.SECRET, graph.relationship(HEYDAROV, CEIP).orElseThrow().classification());
    }

    @Test
    void sameDayEvidenceSortsByCableDateThenParagraph() {
        // 98ROME5 (1998) sorts before 08BAKU9 (2008) although "98" > "08" as text.
        Extraction x = new Extraction(
                List.of(GraphFixtures.cable("08BAKU9", "2008-03-01T00:00:00Z", Classification.UNCLASSIFIED,
                                List.of(), "s", Classification.UNCLASSIFIED, Classification.UNCLASSIFIED),
                        GraphFixtures.cable("98ROME5", "1998-03-01T00:00:00Z", Classification.UNCLASSIFIED,
                                List.of(), "s", Classification.UNCLASSIFIED)),
                List.of(GraphFixtures.entity("person:a", EntityType.PERSON, "A", Set.of(), List.of()),
                        GraphFixtures.entity("person:b", EntityType.PERSON, "B", Set.of(), List.of())),
                List.of(),
                List.of(ev("person:a", "person:b", RelationType.MET, "08BAKU9", 2, Classification.UNCLASSIFIED,
                                "2000-01-01", DateSource.TEXT, "q2"),
                        ev("person:b", "person:a", RelationType.MET, "08BAKU9", 1, Classification.UNCLASSIFIED,
                                "2000-01-01", DateSource.TEXT, "q1"),
                        ev("person:a", "person:b", RelationType.MET, "98ROME5", 1, Classification.UNCLASSIFIED,
                                "2000-01-01", DateSource.TEXT, "q0"),
                        ev("person:a", "person:b", RelationType.MET, "08BAKU9", 1, Classification.UNCLASSIFIED,
                                null, DateSource.TEXT, "undated")));
        Relationship r = RelationshipGraph.build(x).relationships().get(0);
        assertEquals(List.of("q0", "q1", "q2", "undated"), r.timeline().stream().map(Evidence::quote).toList());
        assertEquals(LocalDate.of(2000, 1, 1), r.lastDate(), "undated evidence does not move the last date");
    }

    @Test
    void evidenceAndMentionsAreIndexedPerEntity() {
        assertEquals(3, graph.mentionsOf(AZIMOV).size());
        assertEquals("07BAKU605", graph.mentionsOf(AZIMOV).get(0).cableId());
        List<Evidence> azimov = graph.evidenceOf(AZIMOV);
        assertEquals(4, azimov.size());
        List<LocalDate> dates = azimov.stream().map(Evidence::date).toList();
        List<LocalDate> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates);
        assertEquals(Set.of(graph.relationship(AZIMOV, MFA).orElseThrow(), graph.relationship(AZIMOV, TEP).orElseThrow(),
                graph.relationship(AZIMOV, BRYZA).orElseThrow()), graph.relationshipsOf(AZIMOV));
        assertTrue(graph.mentionsOf("person:nobody").isEmpty());
    }

    @Test
    void markingOfAMentionIsItsParagraphsElseTheCables() {
        assertEquals(Classification.SBU, graph.markingOf(graph.mentionsOf(LONELY).get(0)));
        tieline.model.Mention unnumbered = new tieline.model.Mention(AZIMOV, "08BAKU73", 0, 0, 1, "x");
        assertEquals(Classification.CONFIDENTIAL, graph.markingOf(unnumbered));
        assertEquals(LocalDate.of(2008, 1, 29), graph.dateOf(unnumbered));
    }

    @Test
    void badEvidenceIsSkippedAndDescribed() {
        Extraction base = GraphFixtures.extraction();
        List<Evidence> evidence = new ArrayList<>(base.evidence());
        evidence.add(ev(AZIMOV, AZIMOV, RelationType.MET, "08BAKU73", 1, Classification.CONFIDENTIAL, "2008-01-01",
                DateSource.CABLE, "self"));
        evidence.add(ev(AZIMOV, "person:ghost", RelationType.MET, "08BAKU73", 2, Classification.CONFIDENTIAL,
                "2008-01-01", DateSource.CABLE, "ghost"));
        RelationshipGraph g = RelationshipGraph.build(new Extraction(base.cables(), base.entities(), base.mentions(),
                evidence));
        assertEquals(8, g.relationships().size());
        assertEquals(2, g.skipped().size());
        assertTrue(g.skipped().get(0).contains("to itself"), g.skipped().get(0));
        assertTrue(g.skipped().get(1).contains("person:ghost"), g.skipped().get(1));
        assertFalse(g.jgraph().containsVertex("person:ghost"));
    }

    @Test
    void entitiesNoCableNamesAreKeptForLookUpButAreNotVertices() {
        Extraction base = GraphFixtures.extraction();
        List<tieline.model.Entity> entities = new ArrayList<>(base.entities());
        entities.add(GraphFixtures.entity("org:gazetteer-only", EntityType.ORGANIZATION, "Gazetteer Only", Set.of(),
                List.of()));
        RelationshipGraph g = RelationshipGraph.build(new Extraction(base.cables(), entities, base.mentions(),
                base.evidence()));
        assertTrue(g.entity("org:gazetteer-only").isPresent());
        assertEquals(9, g.entities().size());
        assertFalse(g.jgraph().containsVertex("org:gazetteer-only"));
        assertEquals(8, g.view().entities().size());
        assertFalse(g.view().contains("org:gazetteer-only"));
        assertEquals(8, g.view(GraphFilter.ALL.withCeiling(Classification.SECRET_NOFORN)).entities().size(),
                "the unfiltered view and a filter that hides nothing agree");
    }

    @Test
    void aCableWithoutIdIsNotedKeptUnderItsFileNameAndItsMentionsStillCount() {
        Extraction base = GraphFixtures.extraction();
        tieline.cable.Cable anonymous = GraphFixtures.cable("09BAKU1", "2009-01-01T00:00:00Z",
                Classification.UNCLASSIFIED, List.of(), "s", Classification.UNCLASSIFIED);
        anonymous = new tieline.cable.Cable(null, "odd.txt", anonymous.dateTime(), null, null, List.of(), List.of(),
                null, null, null, null, List.of(), null, List.of(), null, anonymous.paragraphs(), null, "");
        List<tieline.cable.Cable> cables = new ArrayList<>(base.cables());
        cables.add(anonymous);
        List<tieline.model.Mention> mentions = new ArrayList<>(base.mentions());
        mentions.add(new tieline.model.Mention(AZIMOV, null, 1, 0, 6, "Azimov"));
        mentions.add(new tieline.model.Mention(AZIMOV, "07BAKU605", 3, 0, 6, "Azimov"));
        RelationshipGraph g = RelationshipGraph.build(new Extraction(cables, base.entities(), mentions,
                base.evidence()));
        assertEquals(5, g.cables().size(), "a cable without an id is kept under its file name");
        assertTrue(g.cable("odd").isPresent(), "evidence citing the file name finds the cable");
        assertTrue(g.skipped().get(0).contains("odd.txt has no id"), g.skipped().toString());
        assertEquals(5, g.mentionsOf(AZIMOV).size());
        assertNull(g.mentionsOf(AZIMOV).get(4).cableId(), "unknown cable sorts last");
        assertEquals(4, g.view(GraphFilter.ALL.withCeiling(Classification.SECRET_NOFORN)).mentionsOf(AZIMOV).size(),
                "a mention in a cable of unknown marking is hidden under a ceiling");
    }

    @Test
    void graphIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> graph.jgraph().addVertex("person:x"));
        assertThrows(UnsupportedOperationException.class, () -> graph.entities().clear());
    }

    @Test
    void emptyExtractionGivesAnEmptyGraph() {
        RelationshipGraph g = RelationshipGraph.build(new Extraction(List.of(), List.of(), List.of(), List.of()));
        assertTrue(g.entities().isEmpty());
        assertTrue(g.view().relationships().isEmpty());
        assertTrue(g.view().centrality().pageRankScores().isEmpty());
        assertNull(g.cable("x").orElse(null));
    }
}
