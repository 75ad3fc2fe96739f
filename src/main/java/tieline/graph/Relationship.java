package tieline.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * An undirected edge between two entities holding every piece of evidence that links them,
 * sorted by date then cable then paragraph: the relationship's <em>timeline</em>. A stronger
 * type never hides weaker evidence; all of it stays on the timeline.
 *
 * <p>Equality is by id ({@code rel:<a>|<b>}, the two entity ids sorted), so a relationship
 * restricted to the evidence a view shows equals the full one.
 */
public final class Relationship {

    private final String id;
    private final String sourceId;
    private final String targetId;
    private final List<Evidence> timeline;
    private final Set<RelationType> types;
    private final RelationType strongestType;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final Classification classification;
    private final Set<String> cables;
    private final int hash;

    private Relationship(String sourceId, String targetId, List<Evidence> sortedTimeline) {
        this(sourceId, targetId, sortedTimeline, summaryOf(sortedTimeline));
    }

    private Relationship(String sourceId, String targetId, List<Evidence> sortedTimeline, TimelineSummary summary) {
        if (sortedTimeline.isEmpty()) {
            throw new IllegalArgumentException("a relationship needs at least one piece of evidence: "
                    + idFor(sourceId, targetId));
        }
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.id = idFor(sourceId, targetId);
        this.hash = id.hashCode();
        this.timeline = sortedTimeline;
        this.types = summary.types();
        this.strongestType = summary.strongestType();
        this.firstDate = summary.firstDate();
        this.lastDate = summary.lastDate();
        this.classification = summary.lowestMarking();
        this.cables = summary.cables();
    }

    private static TimelineSummary summaryOf(List<Evidence> timeline) {
        TimelineSummary summary = new TimelineSummary();
        for (Evidence e : timeline) {
            summary.add(e.type(), e.cableId(), e.date(), e.marking());
        }
        return summary;
    }

    /**
     * A relationship between two entities from its evidence, which is sorted with {@code order}.
     * The two ids may come in either order; they are stored sorted.
     */
    public static Relationship of(String a, String b, List<Evidence> evidence, Comparator<Evidence> order) {
        Objects.requireNonNull(a, "entity id");
        Objects.requireNonNull(b, "entity id");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a relationship links two different entities, got " + a + " twice");
        }
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(order);
        boolean ordered = a.compareTo(b) < 0;
        return new Relationship(ordered ? a : b, ordered ? b : a, Collections.unmodifiableList(sorted));
    }

    /**
     * A relationship whose timeline is already sorted and read-only, and summed up: the graph
     * build sorts all evidence at once and sums each timeline up while grouping it.
     */
    static Relationship ofSortedTimeline(String a, String b, List<Evidence> sortedTimeline, TimelineSummary summary) {
        boolean ordered = a.compareTo(b) < 0;
        return new Relationship(ordered ? a : b, ordered ? b : a, sortedTimeline, summary);
    }

    /** A relationship sorted by {@link EvidenceOrder#byDateCableParagraph()} with cables ordered by id. */
    public static Relationship of(String a, String b, List<Evidence> evidence) {
        return of(a, b, evidence, EvidenceOrder.byDateCableParagraph());
    }

    /**
     * This relationship seen through a filter: the same id and ends, holding only the given
     * evidence, which must be a sub-sequence of this timeline (so it is already in order).
     * Returns this very object when nothing was removed.
     */
    Relationship restrictedTo(List<Evidence> visibleTimeline) {
        if (visibleTimeline.size() == timeline.size()) {
            return this;
        }
        return new Relationship(sourceId, targetId, Collections.unmodifiableList(visibleTimeline));
    }

    /** The id of a relationship between two entities: {@code rel:<a>|<b>} with the ids sorted. */
    public static String idFor(String a, String b) {
        return a.compareTo(b) <= 0 ? "rel:" + a + "|" + b : "rel:" + b + "|" + a;
    }

    public String id() {
        return id;
    }

    /** The end whose id sorts first. */
    public String sourceId() {
        return sourceId;
    }

    /** The end whose id sorts last. */
    public String targetId() {
        return targetId;
    }

    /** The other end of this relationship, seen from one of its ends. */
    public String opposite(String entityId) {
        if (entityId.equals(sourceId)) {
            return targetId;
        }
        if (entityId.equals(targetId)) {
            return sourceId;
        }
        throw new IllegalArgumentException(entityId + " is not an end of " + id);
    }

    /** True when the entity is one of the two ends. */
    public boolean touches(String entityId) {
        return sourceId.equals(entityId) || targetId.equals(entityId);
    }

    /** Every piece of evidence, sorted by date (undated last), then cable, then paragraph. Unmodifiable. */
    public List<Evidence> timeline() {
        return timeline;
    }

    /** The relation types present among the evidence, strongest first. */
    public Set<RelationType> types() {
        return types;
    }

    /** The strongest type present (see {@link RelationType}). */
    public RelationType strongestType() {
        return strongestType;
    }

    public int evidenceCount() {
        return timeline.size();
    }

    /** The earliest evidence date, or null when no evidence is dated. */
    public LocalDate firstDate() {
        return firstDate;
    }

    /** The latest evidence date, or null when no evidence is dated. */
    public LocalDate lastDate() {
        return lastDate;
    }

    /**
     * How classified the relationship is: the lowest marking among its evidence (DESIGN.md:
     * as classified as the lowest-marked evidence that supports it); null when no evidence is marked.
     */
    public Classification classification() {
        return classification;
    }

    /** The ids of the cables its evidence comes from, in timeline order, each once. */
    public Set<String> cables() {
        return cables;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Relationship r && r.hash == hash && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return id + " " + types + " x" + timeline.size();
    }
}
