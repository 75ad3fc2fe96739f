package tieline.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tieline.model.Evidence;

/**
 * A timeline laid out for drawing: one row per cable (in order of their first evidence), one
 * mark per evidence at its date, an axis with padding on both ends and ticks at whole years
 * (long spans) or months (short ones), no more than asked for. Undated evidence sits just
 * past the end of the axis.
 */
public final class TimelineModel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final List<String> rows;
    private final List<TimelineMark> marks;
    private final LocalDate start;
    private final LocalDate end;
    private final double days;

    private TimelineModel(List<String> rows, List<TimelineMark> marks, LocalDate start, LocalDate end, double days) {
        this.rows = rows;
        this.marks = marks;
        this.start = start;
        this.end = end;
        this.days = days;
    }

    /** Lays out evidence given in timeline order. */
    public static TimelineModel of(List<Evidence> evidence) {
        return of(evidence, null, null);
    }

    /**
     * Lays out evidence on a given axis span (both null: the evidence's own span), so several
     * small timelines can share one scale.
     */
    public static TimelineModel of(List<Evidence> evidence, LocalDate spanStart, LocalDate spanEnd) {
        LocalDate first = spanStart;
        LocalDate last = spanEnd;
        if (first == null || last == null) {
            for (Evidence e : evidence) {
                if (e.date() != null) {
                    first = first == null || e.date().isBefore(first) ? e.date() : first;
                    last = last == null || e.date().isAfter(last) ? e.date() : last;
                }
            }
        }
        if (first == null) {
            first = LocalDate.now();
            last = first;
        }
        long span = ChronoUnit.DAYS.between(first, last);
        long pad = Math.max(15, Math.round(span * 0.05));
        LocalDate start = first.minusDays(pad);
        LocalDate end = last.plusDays(pad);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));

        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Map<String, Integer> perParagraph = new HashMap<>();
        List<TimelineMark> marks = new ArrayList<>();
        for (Evidence e : evidence) {
            int row = rowOf.computeIfAbsent(e.cableId(), k -> rowOf.size());
            String paragraphKey = e.cableId() + "-p" + e.paragraph();
            int k = perParagraph.merge(paragraphKey, 1, Integer::sum) - 1;
            double position = e.date() == null ? 1.0
                    : ChronoUnit.DAYS.between(start, e.date()) / days;
            marks.add(new TimelineMark("mark-" + paragraphKey + "-" + k, e, row, position));
        }
        return new TimelineModel(List.copyOf(rowOf.keySet()), List.copyOf(marks), start, end, days);
    }

    /** Ticks for the axis, at most {@code maxTicks} of them (at least one step is always made). */
    public List<TimelineTick> ticks(int maxTicks) {
        int limit = Math.max(2, maxTicks);
        List<TimelineTick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end));
        if (months > 24) {
            int years = end.getYear() - start.getYear();
            int step = Math.max(1, (int) Math.ceil(years / (double) limit));
            for (int y = start.getYear() + 1; y <= end.getYear(); y++) {
                if ((y - start.getYear() - 1) % step == 0) {
                    LocalDate d = LocalDate.of(y, 1, 1);
                    ticks.add(new TimelineTick(ChronoUnit.DAYS.between(start, d) / days, Integer.toString(y)));
                }
            }
        } else {
            int[] steps = {1, 2, 3, 6, 12};
            int step = 12;
            for (int s : steps) {
                if (months / s < limit) {
                    step = s;
                    break;
                }
            }
            YearMonth m = YearMonth.from(start).plusMonths(1);
            while (m.getMonthValue() % step != 1 % step && step > 1) {
                m = m.plusMonths(1);
            }
            for (; !m.atDay(1).isAfter(end); m = m.plusMonths(step)) {
                LocalDate d = m.atDay(1);
                String label = m.getMonthValue() == 1 ? Integer.toString(m.getYear())
                        : ticks.isEmpty() ? MONTH_YEAR.format(d) : MONTH.format(d);
                ticks.add(new TimelineTick(ChronoUnit.DAYS.between(start, d) / days, label));
            }
        }
        return List.copyOf(ticks);
    }

    /** Cable ids, one per row, top to bottom. */
    public List<String> rows() {
        return rows;
    }

    public List<TimelineMark> marks() {
        return marks;
    }

    /** First day of the axis (padding included). */
    public LocalDate start() {
        return start;
    }

    /** Last day of the axis (padding included). */
    public LocalDate end() {
        return end;
    }

    /** The distinct evidence dates, in order (undated left out). */
    public List<LocalDate> dates() {
        return marks.stream().map(m -> m.evidence().date()).filter(d -> d != null).distinct().sorted().toList();
    }
}
