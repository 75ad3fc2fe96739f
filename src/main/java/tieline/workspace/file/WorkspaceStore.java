package tieline.workspace.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tieline.export.AtomicFileWriter;
import tieline.export.AtomicFileWriter.StepListener;
import tieline.workspace.Edit;
import tieline.workspace.file.WorkspaceLoadException.Kind;

/**
 * Saves and opens {@code .tieline} workspace files. Saving goes through {@link AtomicFileWriter}
 * (temporary file, fsync, atomic move, folder fsync), keeps the previous version as
 * {@code <name>.bak} and removes temporary files an interrupted save left behind. Opening reads the whole file into memory,
 * checks format and version, maps and validates it, and only then returns: a damaged, truncated
 * or newer-version file gives a {@link WorkspaceLoadException} with a clear message and nothing
 * is half-opened.
 */
public final class WorkspaceStore {

    private final ObjectMapper mapper = WorkspaceJson.mapper();
    private final StepListener listener;

    /** A store that saves without interruption. */
    public WorkspaceStore() {
        this(StepListener.NONE);
    }

    /** A store whose saves report each step to {@code listener}, which may stop them (crash tests). */
    public WorkspaceStore(StepListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The backup a save keeps of the previous version: {@code <name>.bak}. */
    public static Path backupOf(Path workspace) {
        return AtomicFileWriter.backupOf(workspace);
    }

    /** The file's bytes as this store writes them. */
    public byte[] toBytes(WorkspaceFile workspace) throws IOException {
        return mapper.writeValueAsBytes(Objects.requireNonNull(workspace, "workspace"));
    }

    /**
     * Saves durably, keeping the previous version as {@code <name>.bak}.
     *
     * @throws IOException when the save fails; the previous file is then untouched
     */
    public void save(Path path, WorkspaceFile workspace) throws IOException {
        write(path, workspace, true);
    }

    /** Saves durably without keeping a backup (for recovery files, which are copies anyway). */
    public void saveWithoutBackup(Path path, WorkspaceFile workspace) throws IOException {
        write(path, workspace, false);
    }

    private void write(Path path, WorkspaceFile workspace, boolean keepBackup) throws IOException {
        byte[] bytes = toBytes(workspace);
        AtomicFileWriter.write(path, out -> out.write(bytes), new AtomicFileWriter.Options(keepBackup, true, listener));
    }

    /**
     * Reads a workspace file completely and checks it.
     *
     * @throws WorkspaceLoadException naming the file (and line and column where known) when it cannot be opened
     */
    public WorkspaceFile load(Path path) throws WorkspaceLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw fail(path, Kind.UNREADABLE, "no such file");
        } catch (IOException | SecurityException e) {
            throw new WorkspaceLoadException(path, Kind.UNREADABLE, 0, 0,
                    path + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(path, bytes);
    }

    /** Checks and maps bytes read from {@code path}; see {@link #load}. */
    public WorkspaceFile parse(Path path, byte[] bytes) throws WorkspaceLoadException {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw fail(path, Kind.EMPTY, "the file is empty; a workspace file holds JSON"
                    + backupHint(path));
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw located(path, Kind.CORRUPT, e, "is damaged or truncated (not complete JSON)");
        } catch (IOException e) {
            throw new WorkspaceLoadException(path, Kind.CORRUPT, 0, 0, path + ": cannot be parsed: " + e.getMessage(), e);
        }
        checkHeader(path, root);
        WorkspaceFile file;
        try {
            file = mapper.readValue(bytes, WorkspaceFile.class);
        } catch (JsonProcessingException e) {
            throw located(path, Kind.INVALID, e, "holds a value this version cannot read");
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceLoadException(path, Kind.INVALID, 0, 0, path + ": cannot be read as a workspace: "
                    + e.getMessage(), e);
        }
        validate(path, file);
        return file;
    }

    private void checkHeader(Path path, JsonNode root) throws WorkspaceLoadException {
        if (root == null || !root.isObject()) {
            throw fail(path, Kind.NOT_A_WORKSPACE, "not a Tieline workspace (expected a JSON object with "
                    + "\"format\": \"" + WorkspaceFile.FORMAT + "\")");
        }
        JsonNode format = root.get("format");
        if (format == null || !WorkspaceFile.FORMAT.equals(format.asText())) {
            throw fail(path, Kind.NOT_A_WORKSPACE, "not a Tieline workspace: its \"format\" is "
                    + (format == null ? "missing" : "\"" + format.asText() + "\"") + ", expected \""
                    + WorkspaceFile.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw fail(path, Kind.INVALID, "the format \"version\" is missing or not a whole number");
        }
        int v = version.intValue();
        if (v > WorkspaceFile.VERSION) {
            throw fail(path, Kind.NEWER_VERSION, "made by a newer Tieline (format " + v + "); this version reads "
                    + "format " + WorkspaceFile.VERSION + ". Open it with a newer Tieline.");
        }
        if (v < 1) {
            throw fail(path, Kind.INVALID, "format version " + v + " does not exist (versions start at 1)");
        }
    }

    private void validate(Path path, WorkspaceFile file) throws WorkspaceLoadException {
        EditHistory edits = file.edits();
        if (edits.cursor() < 0 || edits.cursor() > edits.log().size()) {
            throw fail(path, Kind.INVALID, "the edit cursor " + edits.cursor() + " lies outside the "
                    + edits.log().size() + " edits");
        }
        List<Edit> log = edits.log();
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) == null) {
                throw fail(path, Kind.INVALID, "edit " + (i + 1) + " is empty");
            }
        }
        for (SourceRef s : file.sources()) {
            if (!s.sha256().matches("[0-9a-f]{64}")) {
                throw fail(path, Kind.INVALID, "source " + s.path() + " has no valid SHA-256 (64 hex digits)");
            }
        }
    }

    private static WorkspaceLoadException located(Path path, Kind kind, JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String where = line > 0 ? ":" + line + ":" + column + " (line " + line + ", column " + column + ")" : "";
        return new WorkspaceLoadException(path, kind, line, column,
                path + where + ": the workspace file " + what + ": " + e.getOriginalMessage()
                        + (kind == Kind.CORRUPT ? backupHint(path) : ""), e);
    }

    private static WorkspaceLoadException fail(Path path, Kind kind, String message) {
        return new WorkspaceLoadException(path, kind, 0, 0, path + ": " + message, null);
    }

    private static String backupHint(Path path) {
        Path backup = backupOf(path);
        return Files.isRegularFile(backup) ? ". The previous save is kept as " + backup.getFileName()
                + "; open that instead." : "";
    }
}
