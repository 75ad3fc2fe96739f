package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateAxisTest {

    @Test
    void datesMapInOrderInsideTheAxis() {
        DateAxis axis = new DateAxis(LocalDate.of(2007, 5, 1), LocalDate.of(2009, 6, 1), 100, 500);
        double a = axis.x(LocalDate.of(2007, 5, 1));
        double b = axis.x(LocalDate.of(2008, 5, 1));
        double c = axis.x(LocalDate.of(2009, 6, 1));
        assertTrue(100 < a && a < b && b < c && c < 500);
    }

    @Test
    void ticksFollowTheSpan() {
        List<DateAxis.Tick> years = new DateAxis(LocalDate.of(2001, 1, 1), LocalDate.of(2009, 1, 1), 0, 800)
                .ticks(30);
        assertTrue(years.stream().allMatch(t -> t.date().getMonthValue() == 1), years.toString());
        assertEquals("2001", years.get(0).label(), "the axis starts a little before the first date");
        List<DateAxis.Tick> months = new DateAxis(LocalDate.of(2008, 1, 10), LocalDate.of(2008, 4, 20), 0, 800)
                .ticks(30);
        assertEquals(List.of("Jan 2008", "Feb 2008", "Mar 2008", "Apr 2008", "May 2008"),
                months.stream().map(DateAxis.Tick::label)
                .toList());
    }

    @Test
    void ticksAreThinnedWhenLabelsWouldTouch() {
        List<DateAxis.Tick> ticks = new DateAxis(LocalDate.of(2008, 1, 10), LocalDate.of(2008, 6, 20), 0, 60)
                .ticks(30);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i).x() - ticks.get(i - 1).x() >= 30, ticks.toString());
        }
    }
}
