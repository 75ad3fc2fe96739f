package tieline.workspace.file;

import java.nio.file.Path;

/**
 * A workspace file that cannot be opened, with a message fit to show the analyst: which file,
 * where in it (line and column when known) and what is wrong. Nothing is opened when this is
 * thrown.
 */
public final class WorkspaceLoadException extends Exception {

    /** What kind of problem stopped the load. */
    public enum Kind { UNREADABLE, EMPTY, CORRUPT, NOT_A_WORKSPACE, NEWER_VERSION, INVALID }

    private final transient Path file;
    private final Kind kind;
    private final int line;
    private final int column;

    public WorkspaceLoadException(Path file, Kind kind, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }
}
