package tieline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts role facts in order of date, undated last, as a stable sort would (facts of one day
 * keep their order), for the extraction's assembly. Each fact's day (counted from the first)
 * and its place in the input are packed into one number and the numbers sorted: some ten
 * thousand facts arrive cable by cable in no order of date, and a merge sort calling a date
 * comparator costs several times more. Dates too far apart to pack fall back to that sort.
 */
final class RolesByDate {

    /**
     * By date, undated last. Written out rather than composed from {@code Comparator.comparing}
     * and {@code nullsLast}: composed comparators share call sites across the program, which the
     * compiler cannot inline.
     */
    static final Comparator<RoleFact> ORDER = (a, b) -> {
        if (a.date() == null || b.date() == null) {
            return a.date() == null ? (b.date() == null ? 0 : 1) : -1;
        }
        return a.date().compareTo(b.date());
    };

    private RolesByDate() {
    }

    static List<RoleFact> sorted(List<RoleFact> facts) {
        int n = facts.size();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (RoleFact f : facts) {
            if (f.date() != null) {
                long day = f.date().toEpochDay();
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        // undated facts take the day after the last
        long days = first > last ? 1 : last - first + 2;
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        if (64 - Long.numberOfLeadingZeros(days) + indexBits > 63) {
            List<RoleFact> out = new ArrayList<>(facts);
            out.sort(ORDER);
            return out;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            RoleFact f = facts.get(i);
            long day = f.date() == null ? days - 1 : f.date().toEpochDay() - first;
            keys[i] = day << indexBits | i;
        }
        Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        List<RoleFact> out = new ArrayList<>(n);
        for (long k : keys) {
            out.add(facts.get((int) (k & indexMask)));
        }
        return out;
    }
}
