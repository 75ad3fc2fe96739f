package tieline.ui.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeViewModelTest {

    private static TimeRangeViewModel range() {
        TimeRangeViewModel vm = new TimeRangeViewModel();
        vm.setDates(Arrays.asList(LocalDate.parse("2007-12-28"), LocalDate.parse("2007-12-13"), null,
                LocalDate.parse("2008-02-01"), LocalDate.parse("2009-04-03")));
        return vm;
    }

    @Test
    void spanCoversTheMonthsWithCounts() {
        TimeRangeViewModel vm = range();
        assertEquals(YearMonth.of(2007, 12), vm.months().get(0));
        assertEquals(YearMonth.of(2009, 4), vm.months().get(vm.months().size() - 1));
        assertEquals(17, vm.months().size());
        int[] counts = vm.counts();
        assertEquals(2, counts[0]);
        assertEquals(1, counts[2]);
        assertEquals(4, Arrays.stream(counts).sum(), "undated evidence is not counted");
        assertEquals(2, vm.maxCount());
    }

    @Test
    void theWholeSpanLeavesDatesOpen() {
        TimeRangeViewModel vm = range();
        assertTrue(vm.isFullRange());
        assertNull(vm.fromDate());
        assertNull(vm.toDate());
        vm.selectDates(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"));
        assertEquals(LocalDate.parse("2009-01-01"), vm.fromDate());
        assertEquals(LocalDate.parse("2009-04-30"), vm.toDate());
        assertEquals("Jan 2009 \u2013 Apr 2009", vm.labelProperty().get());
    }

    @Test
    void selectClampsAndOrders() {
        TimeRangeViewModel vm = range();
        vm.select(40, -3);
        assertTrue(vm.isFullRange());
        vm.select(5, 2);
        assertEquals(2, vm.fromProperty().get());
        assertEquals(5, vm.toProperty().get());
        vm.select(0, 1);
        assertEquals(0, vm.fromProperty().get());
        assertEquals(1, vm.toProperty().get());
    }

    @Test
    void playSweepsAWindowToTheEndAndStops() {
        TimeRangeViewModel vm = range();
        vm.play();
        assertTrue(vm.playingProperty().get());
        int width = vm.toProperty().get() - vm.fromProperty().get();
        assertEquals(0, vm.fromProperty().get());
        assertTrue(width >= 2, "at least three months");
        int steps = 0;
        while (vm.playingProperty().get() && steps < 100) {
            vm.advance();
            steps++;
            assertEquals(width, vm.toProperty().get() - vm.fromProperty().get(), "the window keeps its width");
        }
        assertFalse(vm.playingProperty().get());
        assertEquals(vm.months().size() - 1, vm.toProperty().get());
        assertEquals(vm.months().size() - 1 - width, steps);
    }

    @Test
    void noDatesMeansNoSpan() {
        TimeRangeViewModel vm = new TimeRangeViewModel();
        vm.setDates(List.of());
        assertTrue(vm.months().isEmpty());
        assertTrue(vm.isFullRange());
        assertArrayEquals(new int[0], vm.counts());
        vm.play();
        assertFalse(vm.playingProperty().get());
    }
}
