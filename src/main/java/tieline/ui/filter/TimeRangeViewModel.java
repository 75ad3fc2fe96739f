package tieline.ui.filter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The time-range filter: a range of whole months between the first and last evidence date,
 * the evidence count per month (drawn under the slider) and a play mode that sweeps the
 * selected window across the whole span, one month per step.
 */
public final class TimeRangeViewModel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private List<YearMonth> months = List.of();
    private int[] counts = new int[0];
    private final IntegerProperty from = new SimpleIntegerProperty(0);
    private final IntegerProperty to = new SimpleIntegerProperty(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final IntegerProperty changes = new SimpleIntegerProperty();


    /** Sets the span from the evidence dates (nulls ignored) and selects all of it. */
    public void setDates(Collection<LocalDate> dates) {
        YearMonth first = null;
        YearMonth last = null;
        for (LocalDate d : dates) {
            if (d == null) {
                continue;
            }
            YearMonth m = YearMonth.from(d);
            first = first == null || m.isBefore(first) ? m : first;
            last = last == null || m.isAfter(last) ? m : last;
        }
        List<YearMonth> span = new ArrayList<>();
        if (first != null) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                span.add(m);
            }
        }
        int[] c = new int[span.size()];
        for (LocalDate d : dates) {
            if (d != null) {
                c[(int) (first.until(YearMonth.from(d), java.time.temporal.ChronoUnit.MONTHS))]++;
            }
        }
        playing.set(false);
        months = List.copyOf(span);
        counts = c;
        from.set(0);
        to.set(Math.max(0, months.size() - 1));
        label.set(describe());
        revision.set(revision.get() + 1);
        changes.set(changes.get() + 1);
    }

    /** Months of the span, first to last. */
    public List<YearMonth> months() {
        return months;
    }

    /** Evidence per month, aligned with {@link #months()}. */
    public int[] counts() {
        return counts.clone();
    }

    /** Highest monthly count (at least 1). */
    public int maxCount() {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** First selected month index (change it with {@link #select}). */
    public ReadOnlyIntegerProperty fromProperty() {
        return from;
    }

    /** Last selected month index, inclusive (change it with {@link #select}). */
    public ReadOnlyIntegerProperty toProperty() {
        return to;
    }

    /** Bumped once per change of the selected range (both ends set), so listeners update once. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    /** Bumped whenever the span changes (a new graph). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** "Jan 2008 - Apr 2009", or empty when there is no span. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Selects months by index (clamped, swapped when reversed). */
    public void select(int first, int last) {
        if (months.isEmpty()) {
            return;
        }
        int a = clamp(Math.min(first, last));
        int b = clamp(Math.max(first, last));
        if (a == from.get() && b == to.get()) {
            return;
        }
        from.set(a);
        to.set(b);
        label.set(describe());
        changes.set(changes.get() + 1);
    }

    /** Selects the months overlapping a date range. */
    public void selectDates(LocalDate first, LocalDate last) {
        if (months.isEmpty()) {
            return;
        }
        select(indexOf(YearMonth.from(first)), indexOf(YearMonth.from(last)));
    }

    private int indexOf(YearMonth m) {
        if (m.isBefore(months.get(0))) {
            return 0;
        }
        return (int) Math.min(months.size() - 1, months.get(0).until(m, java.time.temporal.ChronoUnit.MONTHS));
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(months.size() - 1, i));
    }

    /** True when the whole span is selected (the filter then leaves dates open). */
    public boolean isFullRange() {
        return months.isEmpty() || (from.get() == 0 && to.get() == months.size() - 1);
    }

    /** The first day of the selected range, or null when the range is the whole span. */
    public LocalDate fromDate() {
        return isFullRange() ? null : months.get(from.get()).atDay(1);
    }

    /** The last day of the selected range, or null when the range is the whole span. */
    public LocalDate toDate() {
        return isFullRange() ? null : months.get(to.get()).atEndOfMonth();
    }

    /** Selects the whole span. */
    public void reset() {
        playing.set(false);
        select(0, months.size() - 1);
    }

    /**
     * Starts sweeping: when the whole span is selected the window shrinks to a sixth of it (at
     * least three months) and starts at the beginning; otherwise the current window moves.
     */
    public void play() {
        if (months.size() < 2) {
            return;
        }
        if (isFullRange() || to.get() >= months.size() - 1) {
            int window = Math.max(3, isFullRange() ? months.size() / 6 : to.get() - from.get() + 1);
            select(0, Math.min(months.size() - 1, window - 1));
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** One step of the sweep: the window moves one month later; playing stops at the end. */
    public void advance() {
        if (to.get() >= months.size() - 1) {
            playing.set(false);
            return;
        }
        select(from.get() + 1, to.get() + 1);
        if (to.get() >= months.size() - 1) {
            playing.set(false);
        }
    }

    private String describe() {
        if (months.isEmpty()) {
            return "";
        }
        return MONTH.format(months.get(from.get())) + " \u2013 " + MONTH.format(months.get(to.get()));
    }
}
