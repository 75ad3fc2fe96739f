package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import tieline.cable.Classification;
import tieline.cable.ClassificationLevel;
import tieline.model.RelationType;
import org.junit.jupiter.api.Test;

class TimelineSummaryTest {

    @Test
    void theLowestMarkingIsTheLeastInTheMarkingsOwnOrder() {
        List<Classification> markings = List.of(Classification.of(ClassificationLevel.SECRET),
                new Classification(ClassificationLevel.SECRET, Set.of("NOFORN")),
                new Classification(ClassificationLevel.CONFIDENTIAL, Set.of("NOFORN")),
                new Classification(ClassificationLevel.CONFIDENTIAL, Set.of("NOFORN")),
                Classification.of(ClassificationLevel.CONFIDENTIAL),
                new Classification(ClassificationLevel.UNCLASSIFIED, Set.of("SIPDIS")),
                Classification.of(ClassificationLevel.TOP_SECRET));
        Random random = new Random(20261123L);
        for (int round = 0; round < 2_000; round++) {
            TimelineSummary summary = new TimelineSummary();
            Classification least = null;
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                Classification m = markings.get(random.nextInt(markings.size()));
                summary.add(RelationType.MET, "C1", null, m);
                least = least == null || m.compareTo(least) < 0 ? m : least;
            }
            assertEquals(least, summary.lowestMarking());
        }
    }
}
