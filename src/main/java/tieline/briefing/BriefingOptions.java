package tieline.briefing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import tieline.cable.Classification;
import tieline.cable.ClassificationLevel;

/**
 * What the officer asked for in the export dialog or on the command line; everything else
 * (filters, positions) comes from the view being exported.
 *
 * @param kind               network, timeline or path picture
 * @param title              the headline; null or blank for the default made from focus and range
 * @param ceiling            the highest marking that may appear; evidence above it is left out
 * @param focusId            NETWORK: centre of the neighbourhood (null: the whole view); TIMELINE:
 *                           the entity whose relationships are drawn; PATH: the start
 * @param otherId            TIMELINE: the other end of the one relationship drawn (null: all of
 *                           the focus's relationships); PATH: the end
 * @param hops               NETWORK with a focus: how many relationships away to include
 * @param from               first evidence date shown (null: as the view)
 * @param to                 last evidence date shown (null: as the view)
 * @param selection          entity ids selected in the view
 * @param emphasiseSelection draw the selection (and its relationships) stronger, fade the rest
 * @param hidden             entity ids the officer hid in the view
 * @param generatedOn        the date printed as generation date (null: today)
 * @param layoutSeed         seed for laying out entities the view has no position for
 */
public record BriefingOptions(BriefingKind kind, String title, Classification ceiling, String focusId,
                              String otherId, int hops, LocalDate from, LocalDate to, Set<String> selection,
                              boolean emphasiseSelection, Set<String> hidden, LocalDate generatedOn,
                              long layoutSeed) {

    /** The ceiling used when none is given: every marking, but only marked evidence. */
    public static final Classification NO_CEILING =
            new Classification(ClassificationLevel.TOP_SECRET, Set.of("NOFORN"));

    public BriefingOptions {
        Objects.requireNonNull(kind, "kind");
        ceiling = ceiling == null ? NO_CEILING : ceiling;
        if (hops < 0) {
            throw new IllegalArgumentException("hops must be 0 or more, got " + hops);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts after it ends: " + from + " > " + to);
        }
        if (kind == BriefingKind.PATH && (focusId == null || otherId == null)) {
            throw new IllegalArgumentException("a path briefing needs two entities (focus and other)");
        }
        if (kind == BriefingKind.TIMELINE && focusId == null) {
            throw new IllegalArgumentException("a timeline briefing needs an entity (focus)");
        }
        selection = selection == null ? Set.of() : Set.copyOf(selection);
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
    }

    /** Options for a picture of the whole view under a ceiling. */
    public static BriefingOptions network(Classification ceiling) {
        return new BriefingOptions(BriefingKind.NETWORK, null, ceiling, null, null, 1, null, null, Set.of(), false,
                Set.of(), null, 1L);
    }

    public BriefingOptions withTitle(String newTitle) {
        return new BriefingOptions(kind, newTitle, ceiling, focusId, otherId, hops, from, to, selection,
                emphasiseSelection, hidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withCeiling(Classification newCeiling) {
        return new BriefingOptions(kind, title, newCeiling, focusId, otherId, hops, from, to, selection,
                emphasiseSelection, hidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withFocus(String focus, int newHops) {
        return new BriefingOptions(kind, title, ceiling, focus, otherId, newHops, from, to, selection,
                emphasiseSelection, hidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withDateRange(LocalDate newFrom, LocalDate newTo) {
        return new BriefingOptions(kind, title, ceiling, focusId, otherId, hops, newFrom, newTo, selection,
                emphasiseSelection, hidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withSelection(Set<String> newSelection, boolean emphasise) {
        return new BriefingOptions(kind, title, ceiling, focusId, otherId, hops, from, to, newSelection, emphasise,
                hidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withHidden(Set<String> newHidden) {
        return new BriefingOptions(kind, title, ceiling, focusId, otherId, hops, from, to, selection,
                emphasiseSelection, newHidden, generatedOn, layoutSeed);
    }

    public BriefingOptions withGeneratedOn(LocalDate date) {
        return new BriefingOptions(kind, title, ceiling, focusId, otherId, hops, from, to, selection,
                emphasiseSelection, hidden, date, layoutSeed);
    }

    /** A timeline of one entity's relationships, or of one relationship when {@code other} is given. */
    public static BriefingOptions timeline(String focus, String other, Classification ceiling) {
        return new BriefingOptions(BriefingKind.TIMELINE, null, ceiling, focus, other, 1, null, null, Set.of(),
                false, Set.of(), null, 1L);
    }

    /** The shortest path between two entities. */
    public static BriefingOptions path(String from, String to, Classification ceiling) {
        return new BriefingOptions(BriefingKind.PATH, null, ceiling, from, to, 1, null, null, Set.of(from, to),
                true, Set.of(), null, 1L);
    }
}
