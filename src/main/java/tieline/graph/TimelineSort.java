package tieline.graph;

import java.util.Arrays;
import java.util.Comparator;
import tieline.model.RelationType;

/**
 * Sorts a graph's evidence into timeline order ({@link RankedEvidence#ORDER}) as a stable sort
 * would, for {@link GraphAssembly}. Date, cable rank, paragraph and type are packed into one
 * number per piece of evidence, with its place in the input below them; sorting those numbers
 * costs a fraction of a merge sort that calls a comparator and reads two objects per comparison.
 * Evidence agreeing on all four is then put in order of quote, keeping input order among equals.
 * When the four do not fit in one number (dates centuries apart), the comparator sort is used.
 */
final class TimelineSort {

    private static final int TYPE_BITS = bitsFor(RelationType.values().length);

    /** What {@link RankedEvidence#ORDER} compares when all else is equal. */
    private static final Comparator<RankedEvidence> BY_QUOTE = RankedEvidence::compareQuotes;

    private TimelineSort() {
    }

    /** Sorts the evidence in place; the {@code cables} cable ranks must be numbered. */
    static void sort(RankedEvidence[] evidence, int cables) {
        int n = evidence.length;
        if (n < 2) {
            return;
        }
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        int lowParagraph = Integer.MAX_VALUE;
        int highParagraph = Integer.MIN_VALUE;
        for (RankedEvidence e : evidence) {
            if (e.day != RankedEvidence.UNDATED) {
                firstDay = Math.min(firstDay, e.day);
                lastDay = Math.max(lastDay, e.day);
            }
            lowParagraph = Math.min(lowParagraph, e.paragraph);
            highParagraph = Math.max(highParagraph, e.paragraph);
        }
        // undated evidence takes the day after the last; a missing cable (rank MAX_VALUE) the rank after the last
        long days = firstDay > lastDay ? 1 : lastDay - firstDay + 2;
        int seqBits = bitsFor(n);
        int typeShift = seqBits;
        int paragraphShift = typeShift + TYPE_BITS;
        int rankShift = paragraphShift + bitsFor((long) highParagraph - lowParagraph + 1);
        int dayShift = rankShift + bitsFor((long) cables + 1);
        if (dayShift + bitsFor(days) > 63) {
            Arrays.sort(evidence, RankedEvidence.ORDER);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            RankedEvidence e = evidence[i];
            long day = e.day == RankedEvidence.UNDATED ? days - 1 : e.day - firstDay;
            long rank = e.cableRank() == Integer.MAX_VALUE ? cables : e.cableRank();
            keys[i] = day << dayShift | rank << rankShift
                    | (long) (e.paragraph - lowParagraph) << paragraphShift
                    | (long) e.type.ordinal() << typeShift | i;
        }
        Arrays.sort(keys);
        long seqMask = (1L << seqBits) - 1;
        RankedEvidence[] sorted = new RankedEvidence[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = evidence[(int) (keys[i] & seqMask)];
        }
        // runs equal in all but quote, in input order: a stable sort by quote finishes them
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> seqBits != keys[from] >>> seqBits) {
                if (i - from > 1) {
                    Arrays.sort(sorted, from, i, BY_QUOTE);
                }
                from = i;
            }
        }
        System.arraycopy(sorted, 0, evidence, 0, n);
    }

    /** Bits needed to hold the values 0 to {@code count - 1}. */
    private static int bitsFor(long count) {
        return count <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(count - 1);
    }
}
