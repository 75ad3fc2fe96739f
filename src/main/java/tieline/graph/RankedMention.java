package tieline.graph;

import java.util.Arrays;
import java.util.Comparator;
import tieline.model.Mention;

/**
 * A mention with the parts of its sort key copied out once: its cable's rank, then paragraph,
 * then offset (the order of {@link RelationshipGraph#mentionsOf}).
 */
final class RankedMention {

    /** Mentions of one cable by paragraph, then offset. */
    static final Comparator<RankedMention> WITHIN_CABLE = (a, b) -> {
        int c = Integer.compare(a.paragraph, b.paragraph);
        return c != 0 ? c : Integer.compare(a.start, b.start);
    };

    final Mention mention;
    final EntityEntry entity;
    final CableRanks.Rank cable;
    private final int paragraph;
    private final int start;

    RankedMention(Mention mention, EntityEntry entity, CableRanks.Rank cable) {
        this.mention = mention;
        this.entity = entity;
        this.cable = cable;
        this.paragraph = mention.paragraph();
        this.start = mention.start();
    }

    /**
     * Mentions in order: a stable counting sort by cable rank, then each cable's mentions by
     * paragraph and offset. They arrive cable by cable, mostly in order within a cable, so this
     * does about one comparison per mention where one sort of them all would merge some two
     * thousand runs. The result is what a stable sort by cable, paragraph, offset gives.
     */
    static RankedMention[] inCableOrder(RankedMention[] mentions, int cables) {
        // bucket c holds rank c; the last bucket holds mentions of no cable, which sort last
        int[] next = new int[cables + 2];
        for (RankedMention m : mentions) {
            next[bucket(m, cables) + 1]++;
        }
        for (int b = 1; b < next.length; b++) {
            next[b] += next[b - 1];
        }
        RankedMention[] out = new RankedMention[mentions.length];
        for (RankedMention m : mentions) {
            out[next[bucket(m, cables)]++] = m;
        }
        // next[b] is now where bucket b ends
        int from = 0;
        for (int b = 0; b <= cables; b++) {
            if (next[b] - from > 1) {
                Arrays.sort(out, from, next[b], WITHIN_CABLE);
            }
            from = next[b];
        }
        return out;
    }

    private static int bucket(RankedMention m, int cables) {
        int rank = m.cable.value();
        return rank == Integer.MAX_VALUE ? cables : rank;
    }
}
