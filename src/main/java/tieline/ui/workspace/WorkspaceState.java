package tieline.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tieline.workspace.HistoryEntry;
import tieline.workspace.file.WorkspaceFile;

/**
 * What the window shows of the open workspace, taken on the worker thread after each
 * workspace operation and handed to the FX thread whole (immutable).
 *
 * @param file      where the workspace is saved, or null while untitled
 * @param dirty     true when there are unsaved changes
 * @param canUndo   an edit can be undone
 * @param canRedo   an undone edit can be redone
 * @param history   the edit history panel's rows
 * @param notes     notes by target (entity id or relationship id)
 * @param hidden    hidden entity ids
 * @param names     readable names for the ids in notes and hidden
 * @param snapshot  the workspace as a recovery file would hold it (view state still to be filled in)
 */
record WorkspaceState(Path file, boolean dirty, boolean canUndo, boolean canRedo, List<HistoryEntry> history,
                      Map<String, String> notes, List<String> hidden, Map<String, String> names,
                      WorkspaceFile snapshot) {

    WorkspaceState {
        history = List.copyOf(history);
        notes = Map.copyOf(notes);
        hidden = List.copyOf(hidden);
        names = Map.copyOf(names);
    }
}
