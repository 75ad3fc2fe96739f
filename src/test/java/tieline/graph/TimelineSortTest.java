package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;
import org.junit.jupiter.api.Test;

class TimelineSortTest {

    private static final EntityEntry A = new EntityEntry(new Entity("person:a", EntityType.PERSON, "A", Set.of(), List.of()), 0);
    private static final EntityEntry B = new EntityEntry(new Entity("person:b", EntityType.PERSON, "B", Set.of(), List.of()), 1);

    @Test
    void givesWhatAStableSortByTheComparatorGives() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 300; round++) {
            boolean centuries = round % 10 == 9;
            assertSortsAsComparator(random, random.nextInt(200), centuries);
        }
    }

    private static void assertSortsAsComparator(Random random, int n, boolean centuries) {
        CableRanks ranks = new CableRanks(new HashMap<>());
        RelationType[] types = RelationType.values();
        String[] quotes = {null, "a", "b", "Azimov met Rice."};
        RankedEvidence[] evidence = new RankedEvidence[n];
        for (int i = 0; i < n; i++) {
            LocalDate date = random.nextInt(5) == 0 ? null
                    : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(centuries ? 200_000 : 30) * (centuries ? 3 : 1));
            String cable = random.nextInt(20) == 0 ? null : "CABLE" + random.nextInt(6);
            Evidence e = new Evidence("person:a", "person:b", types[random.nextInt(types.length)], cable,
                    random.nextInt(4), null, date, DateSource.TEXT, quotes[random.nextInt(quotes.length)]);
            evidence[i] = new RankedEvidence(e, i, A, B, ranks.of(cable));
        }
        ranks.number();
        RankedEvidence[] expected = evidence.clone();
        Arrays.sort(expected, RankedEvidence.ORDER);
        TimelineSort.sort(evidence, ranks.count());
        assertArrayEquals(expected, evidence);
    }
}
