package tieline.workspace.file;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A recovery file found at start-up.
 *
 * @param file       the recovery file
 * @param recoveryOf the workspace it holds unsaved changes of, or null for an untitled one
 * @param savedAt    when it was written, or null when it cannot be read
 * @param edits      how many edits it holds
 * @param workspace  its content, or null when it cannot be read
 * @param problem    why it cannot be read, or null
 */
public record RecoveryCandidate(Path file, Path recoveryOf, Instant savedAt, int edits, WorkspaceFile workspace,
                                String problem) {

    /** True when it can be restored. */
    public boolean restorable() {
        return workspace != null;
    }

    /** One line for the start-up prompt. */
    public String describe() {
        if (!restorable()) {
            return file.getFileName() + ": cannot be restored: " + problem;
        }
        return (recoveryOf == null ? "An untitled workspace" : recoveryOf.getFileName().toString())
                + ", unsaved changes from " + savedAt + " (" + edits + " edit" + (edits == 1 ? "" : "s") + ")";
    }
}
