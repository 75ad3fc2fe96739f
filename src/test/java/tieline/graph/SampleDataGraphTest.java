package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.Corpus;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.cable.Paragraph;
import tieline.cable.ReadResult;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;

/** The graph over the five real seed cables: hand-made mentions on real paragraphs, and the full pipeline. */
class SampleDataGraphTest {

    private static List<Cable> cables;
    private static RelationshipGraph pipelineGraph;

    @BeforeAll
    static void read() {
        ReadResult read = new CableReader().read(List.of(Corpus.sampleData()));
        assertTrue(read.problems().isEmpty(), read.problems().toString());
        cables = read.cables();
        pipelineGraph = RelationshipGraph.build(new Extractor(Gazetteer.bundled()).extract(cables));
    }

    @Test
    void mentionsOnRealParagraphsTakeTheirPortionMarking() {
        Entity someone = new Entity("person:someone", EntityType.PERSON, "Someone", Set.of(), List.of());
        List<Mention> mentions = new ArrayList<>();
        for (Cable c : cables) {
            for (Paragraph p : c.paragraphs()) {
                mentions.add(new Mention(someone.id(), c.id(), p.number(), 0, 1, "S"));
            }
        }
        RelationshipGraph g = RelationshipGraph.build(new Extraction(cables, List.of(someone), mentions, List.of()));
        int unclassified = 0;
        for (Mention m : g.mentionsOf(someone.id())) {
            Cable c = g.cable(m.cableId()).orElseThrow();
            Paragraph p = c.paragraph(m.paragraph()).orElseThrow();
            Classification expected = p.marking() != null ? p.marking() : c.classification();
            assertEquals(expected, g.markingOf(m), c.id() + " ¶" + p.number());
            if (expected.isAtOrBelow(Classification.UNCLASSIFIED)) {
                unclassified++;
            }
        }
        assertEquals(unclassified, g.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED))
                .mentionsOf(someone.id()).size());
        assertTrue(unclassified > 0 && unclassified < mentions.size(), "the seeds mix U and classified paragraphs");
    }

    @Test
    void pipelineGraphTimelinesAreSortedAndClassifiedByTheirLowestEvidence() {
        assertFalse(pipelineGraph.relationships().isEmpty());
        for (Relationship r : pipelineGraph.relationships()) {
            List<Evidence> sorted = new ArrayList<>(r.timeline());
            sorted.sort(pipelineGraph.evidenceOrder());
            assertEquals(sorted, r.timeline(), r.id());
            Classification lowest = r.timeline().stream().map(Evidence::marking).filter(m -> m != null)
                    .min(Classification::compareTo).orElse(null);
            assertEquals(lowest, r.classification(), r.id());
            assertEquals(Relationship.idFor(r.sourceId(), r.targetId()), r.id());
            assertTrue(r.sourceId().compareTo(r.targetId()) < 0);
        }
    }

    @Test
    void higherCeilingsShowMoreAndNeverLeak() {
        Set<String> previousEntities = Set.of();
        int previousEvidence = -1;
        for (Classification ceiling : Classification.ceilings()) {
            GraphView v = pipelineGraph.view(GraphFilter.ALL.withCeiling(ceiling));
            int evidence = 0;
            for (Relationship r : v.jgraph().edgeSet()) {
                for (Evidence e : r.timeline()) {
                    assertTrue(e.marking().isAtOrBelow(ceiling), ceiling + ": " + e);
                    evidence++;
                }
            }
            Set<String> entities = v.entities().stream().map(Entity::id).collect(Collectors.toSet());
            assertTrue(entities.containsAll(previousEntities), ceiling.toString());
            assertTrue(evidence >= previousEvidence, ceiling.toString());
            previousEntities = entities;
            previousEvidence = evidence;
        }
        assertEquals(pipelineGraph.view().relationships().size(),
                pipelineGraph.view(GraphFilter.ALL.withCeiling(Classification.SECRET_NOFORN)).relationships().size());
    }

    @Test
    void dateViewsSplitTheTimelines() {
        LocalDate cut = LocalDate.of(2008, 6, 30);
        GraphView before = pipelineGraph.view(GraphFilter.ALL.withTo(cut));
        GraphView after = pipelineGraph.view(GraphFilter.ALL.withFrom(cut.plusDays(1)));
        for (Relationship r : pipelineGraph.relationships()) {
            long dated = r.timeline().stream().filter(e -> e.date() != null).count();
            assertEquals(dated, before.timeline(r).size() + after.timeline(r).size(), r.id());
        }
    }
}
