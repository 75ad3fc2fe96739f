package tieline.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tieline.cable.Cable;
import tieline.graph.GraphFixtures;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;

/** The graph test fixture with declassification dates on its classified cables. */
final class BriefingFixtures {

    static final Map<String, LocalDate> DECLASSIFY = Map.of(
            "07BAKU605", LocalDate.of(2017, 5, 20),
            "08BAKU73", LocalDate.of(2018, 1, 29),
            "09BAKU266", LocalDate.of(2019, 4, 1));

    private BriefingFixtures() {
    }

    static RelationshipGraph graph() {
        Extraction base = GraphFixtures.extraction();
        List<Cable> cables = base.cables().stream().map(BriefingFixtures::withDeclassification).toList();
        return RelationshipGraph.build(new Extraction(cables, base.entities(), base.mentions(), base.evidence()));
    }

    private static Cable withDeclassification(Cable c) {
        return new Cable(c.id(), c.source(), c.dateTime(), c.precedence(), c.origin(), c.to(), c.info(),
                c.classification(), c.section(), DECLASSIFY.get(c.id()), c.eoLine(), c.tags(), c.subject(), c.refs(),
                c.classifiedBy(), c.paragraphs(), c.signer(), c.text());
    }
}
