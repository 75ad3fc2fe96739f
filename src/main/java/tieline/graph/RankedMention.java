package tieline.graph;

import java.util.Comparator;
import tieline.model.Mention;

/**
 * A mention with the parts of its sort key worked out once: its cable's rank, then paragraph,
 * then offset (the order of {@link RelationshipGraph#mentionsOf}).
 */
final class RankedMention {

    /** Mention order by primitive keys only; sorting with it gives what the cable-date comparator gives. */
    static final Comparator<RankedMention> ORDER = (a, b) -> {
        int c = Integer.compare(a.cable.value(), b.cable.value());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.mention.paragraph(), b.mention.paragraph());
        return c != 0 ? c : Integer.compare(a.mention.start(), b.mention.start());
    };

    final Mention mention;
    final EntityEntry entity;
    private final CableRanks.Rank cable;

    RankedMention(Mention mention, EntityEntry entity, CableRanks.Rank cable) {
        this.mention = mention;
        this.entity = entity;
        this.cable = cable;
    }
}
