package tieline.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieline.cable.Cable;

/**
 * Numbers the cable ids a graph build meets in timeline order: by the cable's date-time group
 * (undated and unknown cables last), then by id, as {@link EvidenceOrder} orders them. Sorting
 * mentions and evidence then compares two ints instead of looking up both cables' times on
 * every comparison.
 *
 * <p>Use: {@link #of} for every cable id to be sorted, then {@link #number()} once, then read
 * {@link Rank#value()}.
 */
final class CableRanks {

    /** The place of one cable id in timeline order; valid once {@link #number()} has run. */
    static final class Rank {
        private final String id;
        private final Instant time;
        private int value;

        private Rank(String id, Instant time, int value) {
            this.id = id;
            this.time = time;
            this.value = value;
        }

        int value() {
            return value;
        }

        /** The cable id, null for the rank of a missing one. */
        String id() {
            return id;
        }
    }

    private static final Comparator<Rank> TIMELINE_ORDER = Comparator
            .comparing((Rank r) -> r.time, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.id);

    private final Map<String, Cable> cables;
    private final Map<String, Rank> ranks;
    /** A missing cable id sorts after every cable, as {@code nullsLast} has it. */
    private final Rank none = new Rank(null, null, Integer.MAX_VALUE);
    private String lastId;
    private Rank last;

    CableRanks(Map<String, Cable> cables) {
        this.cables = cables;
        this.ranks = new HashMap<>(cables.size() * 2);
    }

    /** The rank of a cable id (null allowed), made on first sight. */
    Rank of(String cableId) {
        if (cableId == null) {
            return none;
        }
        // mentions and evidence come cable by cable: most look-ups are of the id just looked up
        if (cableId.equals(lastId)) {
            return last;
        }
        Rank r = ranks.get(cableId);
        if (r == null) {
            Cable c = cables.get(cableId);
            r = new Rank(cableId, c == null ? null : c.dateTime(), -1);
            ranks.put(cableId, r);
        }
        lastId = cableId;
        last = r;
        return r;
    }

    /** How many cable ids have a rank (the rank of a missing id not counted). */
    int count() {
        return ranks.size();
    }

    /** Numbers every rank handed out so far, 0 for the first cable in timeline order. */
    void number() {
        List<Rank> all = new ArrayList<>(ranks.values());
        all.sort(TIMELINE_ORDER);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).value = i;
        }
    }
}
