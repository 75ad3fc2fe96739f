package tieline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.model.DateSource;
import tieline.model.Evidence;
import tieline.model.RelationType;

class TimelineModelTest {

    private static Evidence ev(String cable, int paragraph, String date, RelationType type) {
        return new Evidence("a", "b", type, cable, paragraph, Classification.CONFIDENTIAL,
                date == null ? null : LocalDate.parse(date), DateSource.TEXT, "quote " + cable + " " + paragraph);
    }

    private final List<Evidence> evidence = List.of(
            ev("08BAKU73", 1, "2007-12-28", RelationType.MET),
            ev("08BAKU73", 8, "2007-12-28", RelationType.MET),
            ev("08BAKU73", 8, "2007-12-28", RelationType.MENTIONED_WITH),
            ev("09BAKU266", 1, "2009-04-03", RelationType.MET),
            ev("09BAKU266", 4, null, RelationType.DISCUSSED));

    @Test
    void oneRowPerCableInOrderOfFirstEvidence() {
        TimelineModel m = TimelineModel.of(evidence);
        assertEquals(List.of("08BAKU73", "09BAKU266"), m.rows());
        assertEquals(0, m.marks().get(0).row());
        assertEquals(1, m.marks().get(3).row());
    }

    @Test
    void marksSitAtTheirDatesWithPaddingAndUndatedPastTheEnd() {
        TimelineModel m = TimelineModel.of(evidence);
        double first = m.marks().get(0).position();
        double last = m.marks().get(3).position();
        assertTrue(first > 0 && first < 0.1, "padding before the first date: " + first);
        assertTrue(last < 1 && last > 0.9, "padding after the last date: " + last);
        assertEquals(first, m.marks().get(1).position(), 1e-12, "same date, same place");
        assertTrue(m.marks().get(4).undated());
        assertEquals(1.0, m.marks().get(4).position());
        assertEquals(List.of(LocalDate.parse("2007-12-28"), LocalDate.parse("2009-04-03")), m.dates());
    }

    @Test
    void markIdsNameCableAndParagraphAndAreUnique() {
        TimelineModel m = TimelineModel.of(evidence);
        assertEquals("mark-08BAKU73-p1-0", m.marks().get(0).id());
        assertEquals("mark-08BAKU73-p8-0", m.marks().get(1).id());
        assertEquals("mark-08BAKU73-p8-1", m.marks().get(2).id());
        assertEquals(m.marks().size(), m.marks().stream().map(TimelineMark::id).distinct().count());
    }

    @Test
    void ticksFitTheSpanAndTheLimit() {
        TimelineModel m = TimelineModel.of(evidence);
        List<TimelineTick> ticks = m.ticks(6);
        assertTrue(ticks.size() <= 6 && ticks.size() >= 3, ticks.toString());
        assertTrue(ticks.stream().anyMatch(t -> t.label().equals("2008")), ticks.toString());
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).position() > ticks.get(i - 1).position());
        }
        TimelineModel decades = TimelineModel.of(List.of(ev("X", 1, "1975-01-01", RelationType.MET),
                ev("Y", 1, "2009-06-01", RelationType.MET)));
        List<TimelineTick> years = decades.ticks(8);
        assertTrue(years.size() <= 8, years.toString());
        assertTrue(years.stream().allMatch(t -> t.label().matches("\\d{4}")), years.toString());
    }

    @Test
    void aSharedSpanPutsEqualDatesAtEqualPlaces() {
        LocalDate start = LocalDate.parse("2006-01-01");
        LocalDate end = LocalDate.parse("2010-01-01");
        TimelineModel a = TimelineModel.of(List.of(evidence.get(0)), start, end);
        TimelineModel b = TimelineModel.of(evidence, start, end);
        assertEquals(a.marks().get(0).position(), b.marks().get(0).position(), 1e-12);
        assertEquals(a.start(), b.start());
    }

    @Test
    void packingStacksOnlyMarksThatWouldOverlap() {
        int[] levels = MarkPacking.levels(new double[] {0, 5, 30, 8, 100}, new double[] {10, 10, 10, 10, 10}, 2);
        assertEquals(0, levels[0]);
        assertEquals(1, levels[1]);
        assertEquals(0, levels[2]);
        assertEquals(2, levels[3]);
        assertEquals(0, levels[4]);
    }
}
