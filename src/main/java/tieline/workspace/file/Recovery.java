package tieline.workspace.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The recovery folder ({@code ~/.tieline/recovery} unless told otherwise): one recovery file per
 * workspace with unsaved changes, written by {@link Autosave}. After a crash, {@link #find()}
 * tells the next start what can be restored; a clean save {@link #clear clears} the file.
 */
public final class Recovery {

    private static final String UNTITLED = "untitled";

    private final Path folder;
    private final WorkspaceStore store = new WorkspaceStore();

    public Recovery(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The recovery folder in the user's home: {@code ~/.tieline/recovery}. */
    public static Recovery inUserHome() {
        return new Recovery(Path.of(System.getProperty("user.home"), ".tieline", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /**
     * The recovery file for a workspace: {@code <name>-<hash of its full path>.tieline}, or
     * {@code untitled.tieline} for a workspace never saved.
     */
    public Path fileFor(Path workspace) {
        if (workspace == null) {
            return folder.resolve(UNTITLED + ".tieline");
        }
        String full = workspace.toAbsolutePath().normalize().toString();
        String name = workspace.getFileName().toString().replaceFirst("(?i)\\.tieline$", "")
                .replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        String tag = ContentHash.of(full.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        return folder.resolve(name + "-" + tag + ".tieline");
    }

    /** Everything there is to restore, newest first; files that cannot be read are listed with their problem. */
    public List<RecoveryCandidate> find() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecoveryCandidate> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tieline"))
                    .sorted().toList()) {
                try {
                    WorkspaceFile ws = store.load(p);
                    found.add(new RecoveryCandidate(p, ws.recoveryOf() == null ? null : Path.of(ws.recoveryOf()),
                            ws.savedAt(), ws.edits().log().size(), ws, null));
                } catch (WorkspaceLoadException e) {
                    found.add(new RecoveryCandidate(p, null, null, 0, null, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(RecoveryCandidate::savedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    /** Removes the recovery file of a workspace (after a clean save, or when the analyst declines it). */
    public void clear(Path workspace) throws IOException {
        Files.deleteIfExists(fileFor(workspace));
    }

    /** Removes one recovery file found by {@link #find()}. */
    public void discard(RecoveryCandidate candidate) throws IOException {
        Files.deleteIfExists(candidate.file());
    }
}
