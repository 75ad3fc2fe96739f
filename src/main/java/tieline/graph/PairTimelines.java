package tieline.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tieline.model.Evidence;

/**
 * Groups the graph's evidence by linked pair into relationships, for {@link GraphAssembly}.
 * Each entity's evidence towards entities of a higher index ({@link EntityEntry#lowerEnd}) is
 * already in timeline order when this runs.
 */
final class PairTimelines {

    private PairTimelines() {
    }

    /**
     * One relationship per linked pair, in order of the pair's first evidence in the extraction.
     * Each entity's evidence towards higher-indexed entities is already in timeline order; it is
     * split by the other end through an array indexed by entity (reset after each entity), and
     * each relationship is filed under the position of its first evidence, so no map keyed by
     * pair and no sort is needed.
     */
    static List<Relationship> relationships(List<EntityEntry> entries, int evidenceCount) {
        Relationship[] byFirstEvidence = new Relationship[evidenceCount];
        PairTimeline[] open = new PairTimeline[entries.size()];
        List<EntityEntry> others = new ArrayList<>();
        int count = 0;
        for (EntityEntry entry : entries) {
            if (entry.lowerEnd == null) {
                continue;
            }
            for (RankedEvidence e : entry.lowerEnd) {
                PairTimeline p = open[e.higherIndex];
                if (p == null) {
                    p = new PairTimeline(e.seq);
                    open[e.higherIndex] = p;
                    others.add(e.higher);
                }
                p.add(e);
            }
            for (EntityEntry other : others) {
                PairTimeline p = open[other.index];
                open[other.index] = null;
                byFirstEvidence[p.firstSeq] = Relationship.ofSortedTimeline(entry.entity.id(), other.entity.id(),
                        Collections.unmodifiableList(p.timeline), p.summary);
                count++;
            }
            others.clear();
        }
        List<Relationship> out = new ArrayList<>(count);
        for (Relationship r : byFirstEvidence) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The timeline of one pair while it is being gathered, and its summary. */
    private static final class PairTimeline {
        final List<Evidence> timeline = new ArrayList<>(2);
        final TimelineSummary summary = new TimelineSummary();
        int firstSeq;

        PairTimeline(int seq) {
            this.firstSeq = seq;
        }

        void add(RankedEvidence e) {
            timeline.add(e.evidence);
            summary.add(e.type, e.cableId(), e.date, e.marking);
            firstSeq = Math.min(firstSeq, e.seq);
        }
    }
}
