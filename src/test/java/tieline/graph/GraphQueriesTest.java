package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import tieline.model.Evidence;

class GraphQueriesTest {

    private final RelationshipGraph graph = GraphFixtures.graph();

    private static Set<String> ids(GraphView v) {
        return v.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void neighbourhoodWithinHops() {
        GraphView all = graph.view();
        assertEquals(Set.of(AZIMOV), ids(all.neighbourhood(AZIMOV, 0)));
        GraphView one = all.neighbourhood(AZIMOV, 1);
        assertEquals(Set.of(AZIMOV, MFA, TEP, BRYZA), ids(one));
        assertEquals(4, one.relationships().size(), "the three of Azimov plus Bryza-TEP among the neighbours");
        assertTrue(one.relationship(BRYZA, TEP).isPresent());
        assertEquals(Set.of(AZIMOV, MFA, TEP, BRYZA, CEIP), ids(all.neighbourhood(AZIMOV, 2)));
        assertEquals(Set.of(AZIMOV, MFA, TEP, BRYZA, CEIP, MES, HEYDAROV), ids(all.neighbourhood(AZIMOV, 3)));
        assertEquals(Set.of(LONELY), ids(all.neighbourhood(LONELY, 5)));
        assertThrows(IllegalArgumentException.class, () -> all.neighbourhood(AZIMOV, -1));
    }

    @Test
    void neighbourhoodRespectsTheFilter() {
        GraphView unclassified = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        GraphView n = unclassified.neighbourhood(AZIMOV, 1);
        assertEquals(Set.of(AZIMOV, TEP), ids(n));
        assertEquals(1, n.relationship(AZIMOV, TEP).orElseThrow().evidenceCount());
        assertTrue(unclassified.neighbourhood(HEYDAROV, 2).entities().isEmpty(), "not in the view");
        assertEquals(n.filter(), unclassified.filter());
    }

    @Test
    void shortestPathCarriesTheEvidenceAlongIt() {
        GraphPath path = graph.view().shortestPath(MFA, HEYDAROV).orElseThrow();
        assertEquals(List.of(MFA, AZIMOV, BRYZA, CEIP, HEYDAROV), path.entities().stream().map(Entity::id).toList());
        assertEquals(4, path.length());
        assertEquals(Relationship.idFor(MFA, AZIMOV), path.relationships().get(0).id());
        assertEquals(Relationship.idFor(CEIP, HEYDAROV), path.relationships().get(3).id());
        List<String> quotes = path.evidence().stream().map(Evidence::quote).toList();
        assertEquals(4, quotes.size());
        assertTrue(quotes.contains("Heydarov raised CEIP on March 30."));
        assertEquals(MFA, path.start().id());
        assertEquals(HEYDAROV, path.end().id());
    }

    @Test
    void shortestPathUsesOnlyVisibleEvidence() {
        GraphView confidential = graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL));
        assertFalse(confidential.shortestPath(MFA, HEYDAROV).isPresent(), "Heydarov's links are all S or S/NF");
        GraphPath p = confidential.shortestPath(MFA, MES).orElseThrow();
        assertEquals(List.of(MFA, AZIMOV, BRYZA, CEIP, MES), p.entities().stream().map(Entity::id).toList());
        assertTrue(p.evidence().stream().allMatch(e -> e.marking().isAtOrBelow(Classification.CONFIDENTIAL)));

        GraphView unclassified = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        GraphPath q = unclassified.shortestPath(AZIMOV, CEIP).orElseThrow();
        assertEquals(List.of(AZIMOV, TEP, BRYZA, CEIP), q.entities().stream().map(Entity::id).toList(),
                "Azimov-Bryza (C) is hidden, so the path goes through TEP");
        assertEquals(1, q.relationships().get(0).evidenceCount(), "only the U evidence of Azimov-TEP");
        assertFalse(graph.view().shortestPath(AZIMOV, LONELY).isPresent());
        assertFalse(graph.view().shortestPath(AZIMOV, "person:nobody").isPresent());
        assertEquals(0, graph.view().shortestPath(AZIMOV, AZIMOV).orElseThrow().length());
    }

    @Test
    void whatIsNewBetweenTwoDates() {
        WhatIsNew news = graph.view().whatIsNew(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
        assertEquals(List.of(Relationship.idFor(HEYDAROV, CEIP), Relationship.idFor(HEYDAROV, MES),
                        Relationship.idFor(MES, CEIP), Relationship.idFor(BRYZA, CEIP)),
                news.relationships().stream().map(Relationship::id).toList());
        assertEquals(List.of(HEYDAROV, CEIP, MES, LONELY), news.entities().stream().map(Entity::id).toList());

        WhatIsNew early = graph.view().whatIsNew(null, LocalDate.of(2007, 12, 31));
        assertEquals(Set.of(Relationship.idFor(AZIMOV, MFA), Relationship.idFor(AZIMOV, TEP)),
                early.relationships().stream().map(Relationship::id).collect(Collectors.toSet()));
        assertEquals(Set.of(AZIMOV, MFA, TEP), early.entities().stream().map(Entity::id).collect(Collectors.toSet()));

        WhatIsNew none = graph.view().whatIsNew(LocalDate.of(2010, 1, 1), null);
        assertTrue(none.isEmpty());
    }

    @Test
    void whatIsNewJudgesFirstEvidenceWithinTheView() {
        // Azimov-TEP first appears 2007-05-20 (U), but among DISCUSSED evidence only on 2007-12-28.
        GraphView discussed = graph.view(GraphFilter.ALL.withRelationTypes(Set.of(tieline.model.RelationType.DISCUSSED)));
        WhatIsNew news = discussed.whatIsNew(LocalDate.of(2007, 12, 1), LocalDate.of(2007, 12, 31));
        assertEquals(List.of(Relationship.idFor(AZIMOV, TEP)), news.relationships().stream().map(Relationship::id).toList());
        assertTrue(graph.view().whatIsNew(LocalDate.of(2007, 12, 1), LocalDate.of(2007, 12, 31)).relationships().isEmpty());
    }
}
