package tieline.graph;

import java.time.LocalDate;
import java.util.Comparator;
import tieline.cable.Classification;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * A piece of evidence with its two ends looked up and what the graph build reads of it copied
 * out once: the parts of its timeline sort key ({@link EvidenceOrder}) and what a relationship
 * sums up. Sorting and grouping then read this one object, not the evidence, its date and its
 * cable's time again and again.
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
        c = Integer.compare(a.paragraph, b.paragraph);
        if (c != 0) {
            return c;
        }
        c = a.type.compareTo(b.type);
        if (c != 0) {
            return c;
        }
        return compareQuotes(a, b);
    };

    /** By quote, null last: the last part of {@link #ORDER}. */
    static int compareQuotes(RankedEvidence a, RankedEvidence b) {
        String qa = a.evidence.quote();
        String qb = b.evidence.quote();
        if (qa == qb) {
            // the evidence of one sentence shares its quote: no need to read the text
            return 0;
        }
        return qa == null ? 1 : qb == null ? -1 : qa.compareTo(qb);
    }

    final Evidence evidence;
    /** Its place in the extraction's evidence list, among the evidence the graph keeps. */
    final int seq;
    final EntityEntry source;
    final EntityEntry target;
    /** The end with the higher entity index, and that index (so grouping need not visit the entry). */
    final EntityEntry higher;
    final int higherIndex;
    final RelationType type;
    final LocalDate date;
    final Classification marking;
    private final CableRanks.Rank cable;
    final int paragraph;
    /** The date as an epoch day; {@link #UNDATED}, past every real date, when undated, so undated evidence sorts last. */
    final long day;

    RankedEvidence(Evidence evidence, int seq, EntityEntry source, EntityEntry target, CableRanks.Rank cable) {
        this.evidence = evidence;
        this.seq = seq;
        this.source = source;
        this.target = target;
        this.higher = source.index > target.index ? source : target;
        this.higherIndex = higher.index;
        this.type = evidence.type();
        this.date = evidence.date();
        this.marking = evidence.marking();
        this.cable = cable;
        this.paragraph = evidence.paragraph();
        this.day = date == null ? UNDATED : date.toEpochDay();
    }

    /** The day of undated evidence. */
    static final long UNDATED = Long.MAX_VALUE;

    /** Its cable's place in timeline order (once the ranks are numbered). */
    int cableRank() {
        return cable.value();
    }

    /** The end with the lower entity index. */
    EntityEntry lower() {
        return higher == source ? target : source;
    }

    /** The cable id (an equal string from the rank, so the evidence itself need not be read). */
    String cableId() {
        return cable.id();
    }
}
