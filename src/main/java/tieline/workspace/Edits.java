package tieline.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * Makes edits stamped with the time from a clock, so that the UI and the view-models create
 * them in one way and tests can fix the time.
 */
public final class Edits {

    private final Clock clock;

    public Edits(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Edits stamped with the system clock. */
    public static Edits now() {
        return new Edits(Clock.systemUTC());
    }

    public MergeEntities merge(String keepId, String mergedId) {
        return new MergeEntities(keepId, mergedId, clock.instant());
    }

    public SplitAlias splitAlias(String entityId, String alias, EntityType newType) {
        return new SplitAlias(entityId, alias, newType, clock.instant());
    }

    public Rename rename(String entityId, String newName) {
        return new Rename(entityId, newName, clock.instant());
    }

    public ChangeType changeType(String entityId, EntityType newType) {
        return new ChangeType(entityId, newType, clock.instant());
    }

    public Hide hide(String entityId) {
        return new Hide(entityId, clock.instant());
    }

    public Unhide unhide(String entityId) {
        return new Unhide(entityId, clock.instant());
    }

    /** A hand-made link; see {@link AddRelationship} for how the marking and date are chosen. */
    public AddRelationship addRelationship(String a, String b, RelationType type, LocalDate date, String note,
                                           String cableId, Integer paragraph, Classification marking) {
        return new AddRelationship(a, b, type, date, note, cableId, paragraph, marking, clock.instant());
    }

    public DeleteEvidence deleteEvidence(Evidence evidence) {
        return new DeleteEvidence(EvidenceKey.of(evidence), clock.instant());
    }

    public PinPosition pin(String entityId, double x, double y) {
        return new PinPosition(entityId, x, y, clock.instant());
    }

    public Unpin unpin(String entityId) {
        return new Unpin(entityId, clock.instant());
    }

    /** A note on an entity id or a relationship id ({@code rel:a|b}); empty text removes the note. */
    public AttachNote note(String targetId, String text) {
        return new AttachNote(targetId, text, clock.instant());
    }

    public AddToGazetteer addToGazetteer(String name, EntityType type, List<String> aliases) {
        return new AddToGazetteer(name, type, aliases, clock.instant());
    }
}
