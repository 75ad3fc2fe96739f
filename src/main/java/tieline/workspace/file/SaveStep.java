package tieline.workspace.file;

/**
 * The steps of a durable save, in order. A {@link SaveStepListener} hears each one just before
 * it happens (and {@link #DONE} after the last), which lets a test stop a save, or copy the
 * folder as a crash would leave it, at every point.
 */
public enum SaveStep {
    /** Create the temporary file next to the target. */
    CREATE_TEMP,
    /** Half of the bytes are written to the temporary file (a crash here leaves a torn temp file). */
    HALF_WRITTEN,
    /** Flush the temporary file's bytes to the disk (fsync). */
    SYNC_TEMP,
    /** Copy the previous version to {@code <name>.bak} (durably, via its own temporary file). */
    BACKUP_PREVIOUS,
    /** Atomically move the temporary file over the target. */
    MOVE_INTO_PLACE,
    /** Flush the folder entry so the move survives a power cut. */
    SYNC_FOLDER,
    /** The save is complete. */
    DONE
}
