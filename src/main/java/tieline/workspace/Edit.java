package tieline.workspace;

import java.time.Instant;

/**
 * One correction the analyst made, recorded as an operation on stable entity ids so that it
 * can be replayed on a fresh extraction (after cables are added or re-read). Applying an edit
 * either changes the data or, when it no longer fits (an id is gone), changes nothing and says
 * why. Edits are immutable; the {@link EditLog} keeps them in order.
 */
public sealed interface Edit permits MergeEntities, SplitAlias, Rename, ChangeType, Hide, Unhide,
        AddRelationship, DeleteEvidence, PinPosition, Unpin, AttachNote, AddToGazetteer {

    /** When the analyst made the edit. */
    Instant at();

    /** Applies the edit; when it no longer applies, leaves {@code data} unchanged and says why. */
    ApplyResult apply(CuratedData data);

    /** One line for the history panel, e.g. {@code Merged "Azimov" into "Araz Azimov"}. */
    String describe(NameLookup names);
}
