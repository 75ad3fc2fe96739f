package tieline.graph;

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
}
