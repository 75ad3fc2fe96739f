package tieline.workspace;

/**
 * One row of the edit history panel.
 *
 * @param index       position in the log, 0 for the first edit
 * @param edit        the edit (its {@link Edit#at()} is when it was made)
 * @param description what it did, in words
 * @param undone      true when it was undone (it can be redone)
 * @param result      how it applied last time, or null when undone
 */
public record HistoryEntry(int index, Edit edit, String description, boolean undone, ApplyResult result) {

    /** True when the edit is applied but no longer fits the data. */
    public boolean flagged() {
        return result != null && !result.applied();
    }
}
