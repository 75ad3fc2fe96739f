package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.RelationType;

class CentralityTest {

    /** A path a-b-c-d (evidence U) plus a star x with leaves l1, l2, l3 (evidence C), two components. */
    private static RelationshipGraph smallGraph() {
        List<Entity> entities = new ArrayList<>();
        for (String n : List.of("a", "b", "c", "d", "x", "l1", "l2", "l3")) {
            entities.add(new Entity("person:" + n, EntityType.PERSON, n, Set.of(), List.of()));
        }
        List<Evidence> evidence = List.of(link("a", "b", Classification.UNCLASSIFIED),
                link("b", "c", Classification.UNCLASSIFIED), link("c", "d", Classification.UNCLASSIFIED),
                link("x", "l1", Classification.CONFIDENTIAL), link("x", "l2", Classification.CONFIDENTIAL),
                link("x", "l3", Classification.CONFIDENTIAL));
        return RelationshipGraph.build(new Extraction(List.of(GraphFixtures.cable("08BAKU1", "2008-01-01T00:00:00Z",
                Classification.CONFIDENTIAL, List.of(), "s", Classification.CONFIDENTIAL)), entities, List.of(),
                evidence));
    }

    private static Evidence link(String a, String b, Classification marking) {
        return new Evidence("person:" + a, "person:" + b, RelationType.MET, "08BAKU1", 1, marking,
                java.time.LocalDate.of(2008, 1, 1), DateSource.CABLE, a + " met " + b);
    }

    @Test
    void degreeCountsVisibleRelationships() {
        Centrality c = smallGraph().view().centrality();
        assertEquals(1, c.degree("person:a"));
        assertEquals(2, c.degree("person:b"));
        assertEquals(3, c.degree("person:x"));
        assertEquals(0, c.degree("person:nobody"));
    }

    @Test
    void betweennessOnAPathAndAStar() {
        Centrality c = smallGraph().view().centrality();
        assertEquals(0.0, c.betweenness("person:a"), 1e-9);
        assertEquals(2.0, c.betweenness("person:b"), 1e-9, "b lies on a-c and a-d");
        assertEquals(2.0, c.betweenness("person:c"), 1e-9);
        assertEquals(3.0, c.betweenness("person:x"), 1e-9, "the centre lies on all three leaf pairs");
        assertEquals(0.0, c.betweenness("person:l1"), 1e-9);
    }

    @Test
    void pageRankMatchesTheClosedForm() {
        Centrality c = smallGraph().view().centrality();
        // Component-wise for damping 0.85 over n = 8 vertices: path ends e, path middles m, star centre s, leaves l.
        // e = 0.15/8 + 0.85 m/2 ; m = 0.15/8 + 0.85 (e + m/2) ; l = 0.15/8 + 0.85 s/3 ; s = 0.15/8 + 0.85 * 3l
        double t = 0.15 / 8;
        double m = (t + 0.85 * t) / (1 - 0.85 * 0.425 - 0.425);
        double e = t + 0.425 * m;
        double l = (t + 0.85 * t / 3) / (1 - 0.85 * 0.85);
        double s = t + 0.85 * 3 * l;
        assertEquals(e, c.pageRank("person:a"), 1e-3);
        assertEquals(m, c.pageRank("person:b"), 1e-3);
        assertEquals(s, c.pageRank("person:x"), 1e-3);
        assertEquals(l, c.pageRank("person:l2"), 1e-3);
        assertEquals(1.0, c.pageRankScores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertEquals("person:x", c.topByPageRank(1).get(0));
    }

    @Test
    void computedOncePerViewAndFollowsTheFilter() {
        RelationshipGraph g = smallGraph();
        GraphView all = g.view();
        assertSame(all.centrality(), all.centrality());
        assertSame(all.centrality().betweennessScores(), all.centrality().betweennessScores());
        GraphView unclassified = g.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        Centrality c = unclassified.centrality();
        assertEquals(0, c.degree("person:x"), "the star is CONFIDENTIAL");
        assertEquals(Set.of("person:a", "person:b", "person:c", "person:d"), c.pageRankScores().keySet());
        assertEquals(0.25, c.pageRankScores().values().stream().mapToDouble(Double::doubleValue).sum() / 4, 1e-6);
        assertNotEquals(all.centrality().pageRank("person:a"), c.pageRank("person:a"));
        assertEquals(2.0, g.view().neighbourhood("person:b", 2).centrality().betweenness("person:b"), 1e-9);
    }
}
