package tieline.workspace.file;

import java.util.List;
import tieline.workspace.Edit;
import tieline.workspace.EditLog;

/**
 * The edit log as saved: every edit with its time, and how many are applied.
 *
 * @param cursor how many edits, from the first, are applied (the rest were undone)
 * @param log    every edit in the order made
 */
public record EditHistory(int cursor, List<Edit> log) {

    public EditHistory {
        log = log == null ? List.of() : List.copyOf(log);
    }

    /** The saved form of a log. */
    public static EditHistory of(EditLog log) {
        return new EditHistory(log.cursor(), log.edits());
    }

    /** A live log restored from this history. */
    public EditLog toLog() {
        return EditLog.of(log, cursor);
    }
}
