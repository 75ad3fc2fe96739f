package tieline.graph;

import java.util.Comparator;
import tieline.model.Evidence;

/**
 * A piece of evidence with its two ends looked up and the parts of its timeline sort key
 * ({@link EvidenceOrder}) worked out once, so sorting compares numbers rather than looking up
 * cables and dates per comparison.
 */
final class RankedEvidence {

    /**
     * {@link EvidenceOrder#byDateCableParagraph(java.util.function.Function)} on precomputed keys:
     * date (undated last), cable rank, paragraph, type, quote (null last).
     */
    static final Comparator<RankedEvidence> ORDER = (a, b) -> {
        int c = Long.compare(a.day, b.day);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.cable.value(), b.cable.value());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.evidence.paragraph(), b.evidence.paragraph());
        if (c != 0) {
            return c;
        }
        c = a.evidence.type().compareTo(b.evidence.type());
        if (c != 0) {
            return c;
        }
        String qa = a.evidence.quote();
        String qb = b.evidence.quote();
        return qa == null ? (qb == null ? 0 : 1) : qb == null ? -1 : qa.compareTo(qb);
    };

    final Evidence evidence;
    /** Its place in the extraction's evidence list, among the evidence the graph keeps. */
    final int seq;
    final EntityEntry source;
    final EntityEntry target;
    /** The date as an epoch day; past every real date when undated, so undated evidence sorts last. */
    private final long day;
    private final CableRanks.Rank cable;

    RankedEvidence(Evidence evidence, int seq, EntityEntry source, EntityEntry target, CableRanks.Rank cable) {
        this.evidence = evidence;
        this.seq = seq;
        this.source = source;
        this.target = target;
        this.day = evidence.date() == null ? Long.MAX_VALUE : evidence.date().toEpochDay();
        this.cable = cable;
    }

    /** The end that is not {@code end}. */
    EntityEntry other(EntityEntry end) {
        return end == source ? target : source;
    }
}
