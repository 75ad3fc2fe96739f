package tieline.graph;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.RelationType;

/**
 * What a {@link Relationship} reads off its timeline, gathered one piece of evidence at a time
 * in timeline order: the types present, the cables in order of first use, the first and last
 * dates and the lowest marking. Most timelines hold one type from one cable, so the sets are
 * made only when a second type or cable turns up.
 */
final class TimelineSummary {

    /** The read-only type set of a timeline of one type, by ordinal (shared: it never changes). */
    private static final Set<RelationType>[] ONE_TYPE = oneTypeSets();

    private int count;
    private RelationType headType;
    private String headCable;
    private EnumSet<RelationType> types;
    private LinkedHashSet<String> cables;
    private LocalDate first;
    private LocalDate last;
    private Classification lowest;

    /** Adds the next piece of evidence of the timeline. */
    void add(RelationType type, String cableId, LocalDate date, Classification marking) {
        if (count++ == 0) {
            headType = Objects.requireNonNull(type, "relation type");
            headCable = cableId;
        } else {
            if (types != null) {
                types.add(type);
            } else if (type != headType) {
                types = EnumSet.of(headType, type);
            }
            if (cables != null) {
                cables.add(cableId);
            } else if (!Objects.equals(cableId, headCable)) {
                cables = new LinkedHashSet<>();
                cables.add(headCable);
                cables.add(cableId);
            }
        }
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
        if (marking != null && (lowest == null || marking.compareTo(lowest) < 0)) {
            lowest = marking;
        }
    }

    /** The types present, strongest first; read-only. */
    Set<RelationType> types() {
        return types == null ? ONE_TYPE[headType.ordinal()] : Collections.unmodifiableSet(types);
    }

    RelationType strongestType() {
        return types == null ? headType : types.iterator().next();
    }

    /** The cable ids in order of first use; read-only. */
    Set<String> cables() {
        return cables == null ? Collections.singleton(headCable) : Collections.unmodifiableSet(cables);
    }

    LocalDate firstDate() {
        return first;
    }

    LocalDate lastDate() {
        return last;
    }

    Classification lowestMarking() {
        return lowest;
    }

    @SuppressWarnings("unchecked")
    private static Set<RelationType>[] oneTypeSets() {
        RelationType[] all = RelationType.values();
        Set<RelationType>[] sets = new Set[all.length];
        for (RelationType t : all) {
            sets[t.ordinal()] = Collections.unmodifiableSet(EnumSet.of(t));
        }
        return sets;
    }
}
