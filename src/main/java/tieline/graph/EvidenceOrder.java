package tieline.graph;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import tieline.model.Evidence;

/**
 * The order of a timeline: by event date (undated last), then by cable, then paragraph; the
 * type and quote only break remaining ties so the order never depends on input order.
 */
public final class EvidenceOrder {

    private EvidenceOrder() {
    }

    /** Cables ordered by id alone. */
    public static Comparator<Evidence> byDateCableParagraph() {
        return byDateCableParagraph(id -> null);
    }

    /**
     * Cables ordered by their date-time group (when known), then by id, so that a 1998 cable
     * sorts before a 2008 one although {@code 98...} &gt; {@code 08...} as text.
     */
    public static Comparator<Evidence> byDateCableParagraph(Function<String, Instant> cableTime) {
        Comparator<String> cables = Comparator.comparing(cableTime, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        return Comparator.comparing(Evidence::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Evidence::cableId, Comparator.nullsLast(cables))
                .thenComparingInt(Evidence::paragraph)
                .thenComparing(Evidence::type)
                .thenComparing(Evidence::quote, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
