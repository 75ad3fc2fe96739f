package tieline.render;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dated horizontal axis: maps dates to x between two ends and chooses readable ticks
 * (years, half-years, quarters or months, depending on the span).
 */
final class DateAxis {

    /** One tick: its date, label and x position. */
    record Tick(LocalDate date, String label, double x) {
    }

    private final LocalDate start;
    private final LocalDate end;
    private final double x0;
    private final double x1;

    DateAxis(LocalDate first, LocalDate last, double x0, double x1) {
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long pad = Math.max(15, span / 30);
        this.start = first.minusDays(pad);
        this.end = last.plusDays(pad);
        this.x0 = x0;
        this.x1 = x1;
    }

    double x(LocalDate date) {
        double total = ChronoUnit.DAYS.between(start, end);
        return x0 + (x1 - x0) * ChronoUnit.DAYS.between(start, date) / total;
    }

    /** Ticks inside the axis, thinned so labels of the given width do not touch. */
    List<Tick> ticks(double labelWidth) {
        long days = ChronoUnit.DAYS.between(start, end);
        int stepMonths = days > 4 * 365 ? 12 : days > 540 ? 6 : days > 180 ? 3 : 1;
        List<Tick> ticks = new ArrayList<>();
        LocalDate d = start.withDayOfMonth(1);
        while (d.getMonthValue() % stepMonths != 1 % stepMonths || d.isBefore(start)) {
            d = d.plusMonths(1).withDayOfMonth(1);
        }
        for (; !d.isAfter(end); d = d.plusMonths(stepMonths)) {
            String label = stepMonths == 12 ? Integer.toString(d.getYear())
                    : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
            ticks.add(new Tick(d, label, x(d)));
        }
        int stride = 1;
        while (ticks.size() / stride > 1 && (x1 - x0) / (ticks.size() / (double) stride) < labelWidth + 6) {
            stride++;
        }
        List<Tick> thinned = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i += stride) {
            thinned.add(ticks.get(i));
        }
        return thinned;
    }
}
