package tieline.workspace.file;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tieline.workspace.GazetteerAddition;

/**
 * Everything a {@code .tieline} file holds: the cable sources with their hashes, the edit log
 * (the authority for every correction, pin and gazetteer addition), the layout positions and
 * the view state. {@code gazetteer} repeats the applied gazetteer additions for people and
 * tools reading the file; reading takes them from the edit log.
 *
 * @param format     always {@link #FORMAT}
 * @param version    the format version, {@link #VERSION} for files this code writes
 * @param savedAt    when it was written
 * @param recoveryOf for a recovery file, the workspace it recovers (null when untitled or not a recovery file)
 * @param sources    the cable files
 * @param gazetteer  the applied gazetteer additions (derived from the edits)
 * @param edits      the edit log
 * @param positions  where each entity was drawn
 * @param view       filter, zoom, pan, theme, selection
 */
public record WorkspaceFile(String format, int version, Instant savedAt, String recoveryOf, List<SourceRef> sources,
                            List<GazetteerAddition> gazetteer, EditHistory edits, List<NodePosition> positions,
                            ViewState view) {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "tieline-workspace";
    /** The format version this code reads and writes. */
    public static final int VERSION = 1;

    public WorkspaceFile {
        Objects.requireNonNull(format, "format");
        sources = sources == null ? List.of() : List.copyOf(sources);
        gazetteer = gazetteer == null ? List.of() : List.copyOf(gazetteer);
        edits = edits == null ? new EditHistory(0, List.of()) : edits;
        positions = positions == null ? List.of() : List.copyOf(positions);
        view = view == null ? ViewState.initial() : view;
    }

    /** A workspace in the current format. */
    public static WorkspaceFile of(Instant savedAt, List<SourceRef> sources, EditHistory edits,
                                   List<NodePosition> positions, ViewState view) {
        return new WorkspaceFile(FORMAT, VERSION, savedAt, null, sources, edits.toLog().gazetteerAdditions(), edits,
                positions, view);
    }

    /** The same workspace with another view state. */
    public WorkspaceFile withView(ViewState newView) {
        return new WorkspaceFile(format, version, savedAt, recoveryOf, sources, gazetteer, edits, positions, newView);
    }

    /** The same workspace marked as the recovery copy of {@code workspace} (null when untitled). */
    public WorkspaceFile asRecoveryOf(String workspace) {
        return new WorkspaceFile(format, version, savedAt, workspace, sources, gazetteer, edits, positions, view);
    }
}
