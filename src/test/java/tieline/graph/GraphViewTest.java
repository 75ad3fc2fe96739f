package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;

class GraphViewTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    private static Set<String> ids(GraphView v) {
        return v.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    private static Set<String> rels(GraphView v) {
        return v.relationships().stream().map(Relationship::id).collect(Collectors.toSet());
    }

    private static Set<String> jgraphEdges(GraphView v) {
        return v.jgraph().edgeSet().stream().map(Relationship::id).collect(Collectors.toSet());
    }

    @Test
    void unfilteredViewShowsEverythingWithoutCopying() {
        GraphView all = graph.view(GraphFilter.ALL);
        assertSame(all, graph.view(), "the unfiltered view is made once");
        assertEquals(graph.entities(), all.entities());
        for (int i = 0; i < graph.relationships().size(); i++) {
            Relationship r = graph.relationships().get(i);
            assertSame(r, all.relationships().get(i));
            assertSame(r.timeline(), all.timeline(r));
        }
        assertSame(graph.mentionsOf(AZIMOV), all.mentionsOf(AZIMOV));
    }

    @Test
    void filteredViewSharesRelationshipsWhoseEvidenceAllPasses() {
        GraphView v = graph.view(GraphFilter.builder().from(LocalDate.of(2008, 1, 1)).build());
        Relationship met = graph.relationship(AZIMOV, BRYZA).orElseThrow();
        assertSame(met, v.relationship(AZIMOV, BRYZA).orElseThrow());
        assertSame(met.timeline(), v.timeline(met), "a fully visible timeline is the graph's own list");
        assertTrue(v.jgraph().edgeSet().contains(met));
        assertSame(met, v.jgraph().getEdge(BRYZA, AZIMOV));
    }

    @Test
    void dateRangeIsInclusiveAndEitherEndMayBeOpen() {
        GraphView in2008 = graph.view(GraphFilter.builder()
                .from(LocalDate.of(2008, 1, 28)).to(LocalDate.of(2008, 1, 29)).build());
        assertEquals(Set.of(Relationship.idFor(AZIMOV, BRYZA), Relationship.idFor(BRYZA, TEP)), rels(in2008));
        assertEquals(Set.of(AZIMOV, BRYZA, TEP), ids(in2008));
        assertEquals(rels(in2008), jgraphEdges(in2008));

        GraphView until2007 = graph.view(GraphFilter.ALL.withTo(LocalDate.of(2007, 12, 31)));
        assertEquals(Set.of(Relationship.idFor(AZIMOV, MFA), Relationship.idFor(AZIMOV, TEP)), rels(until2007));
        Relationship tep = until2007.relationship(AZIMOV, TEP).orElseThrow();
        assertEquals(2, tep.evidenceCount());

        GraphView since2009 = graph.view(GraphFilter.ALL.withFrom(LocalDate.of(2009, 4, 1)));
        assertEquals(Set.of(Relationship.idFor(HEYDAROV, MES), Relationship.idFor(MES, CEIP),
                Relationship.idFor(BRYZA, CEIP)), rels(since2009));
        assertTrue(since2009.contains(LONELY), "mentioned in a 2009-06-01 cable");
        assertFalse(since2009.contains(MFA));
        assertThrows(IllegalArgumentException.class,
                () -> GraphFilter.ALL.withDateRange(LocalDate.of(2009, 1, 2), LocalDate.of(2009, 1, 1)));
    }

    @Test
    void entityTypeFilterAppliesToBothEndsAndToEntities() {
        GraphView people = graph.view(GraphFilter.builder().entityTypes(EntityType.PERSON).build());
        assertEquals(Set.of(Relationship.idFor(AZIMOV, BRYZA)), rels(people));
        assertEquals(Set.of(AZIMOV, BRYZA, HEYDAROV, LONELY), ids(people),
                "Heydarov and the lonely official are mentioned, so they are seen although unlinked here");
        assertTrue(people.entities().stream().allMatch(e -> e.type() == EntityType.PERSON));

        GraphView topics = graph.view(GraphFilter.builder().entityTypes(EntityType.PERSON, EntityType.TOPIC).build());
        assertEquals(Set.of(Relationship.idFor(AZIMOV, BRYZA), Relationship.idFor(AZIMOV, TEP),
                Relationship.idFor(BRYZA, TEP), Relationship.idFor(BRYZA, CEIP), Relationship.idFor(HEYDAROV, CEIP)),
                rels(topics));
    }

    @Test
    void relationTypeFilterCutsTimelinesDown() {
        GraphView discussed = graph.view(GraphFilter.builder().relationTypes(RelationType.DISCUSSED).build());
        Relationship full = graph.relationship(AZIMOV, TEP).orElseThrow();
        Relationship seen = discussed.relationship(AZIMOV, TEP).orElseThrow();
        assertEquals(full, seen, "same relationship (equal by id)");
        assertNotSame(full, seen);
        assertEquals(1, seen.evidenceCount());
        assertEquals(Set.of(RelationType.DISCUSSED), seen.types());
        assertEquals(Classification.CONFIDENTIAL, seen.classification());
        assertEquals(seen.timeline(), discussed.timeline(full));
        assertEquals(2, full.evidenceCount(), "the graph's relationship is untouched");
        assertFalse(discussed.relationship(AZIMOV, MFA).isPresent());
        assertTrue(discussed.relationships().stream()
                .allMatch(r -> r.timeline().stream().allMatch(e -> e.type() == RelationType.DISCUSSED)));
    }

    @Test
    void ceilingHidesEvidenceAboveIt() {
        GraphView unclassified = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        assertEquals(Set.of(Relationship.idFor(AZIMOV, TEP), Relationship.idFor(BRYZA, CEIP),
                Relationship.idFor(BRYZA, TEP)), rels(unclassified));
        assertEquals(List.of("Azimov; TEP\r\nnext line"),
                unclassified.relationship(AZIMOV, TEP).orElseThrow().timeline().stream().map(Evidence::quote).toList());
        assertFalse(unclassified.contains(LONELY), "mentioned only in an SBU paragraph");
        assertTrue(graph.view(GraphFilter.ALL.withCeiling(Classification.SBU)).contains(LONELY));

        GraphView confidential = graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL));
        assertFalse(confidential.contains(HEYDAROV), "all of Heydarov's evidence and mentions are S or S/NF");
        assertTrue(confidential.relationship(MES, CEIP).isPresent());
    }

    @Test
    void secretNofornIsAboveSecret() {
        GraphView secret = graph.view(GraphFilter.ALL.withCeiling(Classification.SECRET));
        assertTrue(secret.relationship(HEYDAROV, CEIP).isPresent());
        assertFalse(secret.relationship(HEYDAROV, MES).isPresent(), "its only evidence is S/NF");
        assertTrue(secret.contains(HEYDAROV));
        assertTrue(secret.mentionsOf(HEYDAROV).isEmpty(), "his only mention is in an S/NF paragraph");
        assertEquals(Classification.SECRET, secret.classificationOf(HEYDAROV));

        GraphView noforn = graph.view(GraphFilter.ALL.withCeiling(Classification.SECRET_NOFORN));
        assertTrue(noforn.relationship(HEYDAROV, MES).isPresent());
        assertEquals(1, noforn.mentionsOf(HEYDAROV).size());
        assertEquals(rels(graph.view()), rels(noforn));
    }

    @Test
    void evidenceAboveTheCeilingIsUnreachableThroughTheJGraphTView() {
        Classification ceiling = Classification.CONFIDENTIAL;
        GraphView v = graph.view(GraphFilter.ALL.withCeiling(ceiling));
        for (Relationship r : v.jgraph().edgeSet()) {
            assertTrue(r.timeline().stream().allMatch(e -> e.marking().isAtOrBelow(ceiling)), r.toString());
        }
        for (String vertex : v.jgraph().vertexSet()) {
            for (Relationship r : v.jgraph().edgesOf(vertex)) {
                assertTrue(r.timeline().stream().allMatch(e -> e.marking().isAtOrBelow(ceiling)), r.toString());
            }
        }
        for (String vertex : v.jgraph().vertexSet()) {
            assertTrue(v.evidenceOf(vertex).stream().allMatch(e -> e.marking().isAtOrBelow(ceiling)));
        }
    }

    @Test
    void unmarkedEvidenceIsHiddenUnderAnyCeiling() {
        tieline.model.Extraction base = GraphFixtures.extraction();
        List<Evidence> evidence = new java.util.ArrayList<>(base.evidence());
        evidence.add(GraphFixtures.ev(LONELY, MFA, RelationType.MET, "09MOSCOW100", 2, null, "2009-06-01",
                tieline.model.DateSource.CABLE, "unmarked"));
        RelationshipGraph g = RelationshipGraph.build(new tieline.model.Extraction(base.cables(), base.entities(),
                base.mentions(), evidence));
        assertTrue(g.view().relationship(LONELY, MFA).isPresent());
        assertFalse(g.view(GraphFilter.ALL.withCeiling(Classification.SECRET_NOFORN)).relationship(LONELY, MFA)
                .isPresent());
    }

    @Test
    void tagFilterKeepsCablesWithAnyOfTheTags() {
        GraphView marr = graph.view(GraphFilter.ALL.withTags(Set.of("marr")));
        assertEquals(Set.of(Relationship.idFor(AZIMOV, BRYZA), Relationship.idFor(AZIMOV, TEP),
                Relationship.idFor(BRYZA, TEP)), rels(marr));
        assertEquals(1, marr.relationship(AZIMOV, TEP).orElseThrow().evidenceCount());

        GraphView energyOrMilitary = graph.view(GraphFilter.ALL.withTags(Set.of("ENRG", "MARR")));
        assertEquals(7, energyOrMilitary.relationships().size());
        assertFalse(energyOrMilitary.relationship(AZIMOV, MFA).isPresent(), "07BAKU605 is PREL/PGOV only");
    }

    @Test
    void postFilterKeepsCablesFromThosePosts() {
        GraphView moscow = graph.view(GraphFilter.ALL.withPosts(Set.of("Moscow")));
        assertEquals(Set.of(Relationship.idFor(BRYZA, CEIP)), rels(moscow));
        assertEquals(Set.of(BRYZA, CEIP, LONELY), ids(moscow));
        assertEquals(List.of("09MOSCOW100"), moscow.cables().stream().map(tieline.cable.Cable::id).toList());
    }

    @Test
    void dimensionsCombine() {
        GraphFilter f = GraphFilter.builder().from(LocalDate.of(2008, 1, 1)).ceiling(Classification.UNCLASSIFIED)
                .relationTypes(Set.of(RelationType.DISCUSSED)).posts("BAKU").build();
        GraphView v = graph.view(f);
        assertEquals(Set.of(Relationship.idFor(BRYZA, TEP)), rels(v));
        assertEquals(f, GraphFilter.ALL.withFrom(LocalDate.of(2008, 1, 1)).withCeiling(Classification.UNCLASSIFIED)
                .withRelationTypes(Set.of(RelationType.DISCUSSED)).withPosts(Set.of("baku")));
        assertTrue(GraphFilter.ALL.isAll());
        assertFalse(f.isAll());
    }

    @Test
    void viewMentionsAndEvidenceFollowTheFilter() {
        GraphView v = graph.view(GraphFilter.ALL.withTo(LocalDate.of(2007, 12, 31)));
        assertEquals(1, v.mentionsOf(AZIMOV).size());
        assertEquals(3, v.evidenceOf(AZIMOV).size());
        assertTrue(v.mentionsOf(HEYDAROV).isEmpty());
        assertEquals(LocalDate.of(2007, 5, 20), v.firstSeen(AZIMOV));
    }

    @Test
    void viewGraphIsReadOnlyAndConsistent() {
        GraphView v = graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL));
        assertThrows(UnsupportedOperationException.class, () -> v.jgraph().addVertex("person:x"));
        assertThrows(UnsupportedOperationException.class,
                () -> v.jgraph().removeEdge(v.relationships().get(0)));
        assertThrows(IllegalArgumentException.class, () -> v.jgraph().edgesOf(HEYDAROV));
        assertEquals(ids(v), v.jgraph().vertexSet());
        for (Relationship r : v.jgraph().edgeSet()) {
            assertTrue(v.jgraph().containsVertex(v.jgraph().getEdgeSource(r)));
            assertTrue(v.jgraph().containsVertex(v.jgraph().getEdgeTarget(r)));
        }
        assertEquals(2, v.jgraph().degreeOf(BRYZA) - 1, "Bryza: Azimov, TEP, CEIP");
    }
}
