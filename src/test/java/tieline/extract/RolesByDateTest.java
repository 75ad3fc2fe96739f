package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RolesByDateTest {

    @Test
    void ordersAsAStableSortByDateUndatedLast() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 300; round++) {
            boolean farApart = round % 10 == 9;
            List<RoleFact> facts = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                LocalDate date = random.nextInt(4) == 0 ? null : farApart
                        ? LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
                        : LocalDate.of(2009, 3, 1).plusDays(random.nextInt(20));
                facts.add(new RoleFact("person:" + i, "Minister", null, date, false));
            }
            List<RoleFact> expected = new ArrayList<>(facts);
            expected.sort(RolesByDate.ORDER);
            assertEquals(expected, RolesByDate.sorted(facts));
        }
    }
}
