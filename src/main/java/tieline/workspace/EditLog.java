package tieline.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieline.model.Extraction;

/**
 * The analyst's edits in the order made, with a cursor: edits before the cursor are applied,
 * edits after it were undone and can be redone until a new edit is performed. The log is the
 * audit trail of how the chart was made and is saved with the workspace.
 */
public final class EditLog {

    private final List<Edit> edits = new ArrayList<>();
    private int cursor;

    /** An empty log. */
    public EditLog() {
    }

    /**
     * A log restored from a workspace file.
     *
     * @throws IllegalArgumentException when the cursor lies outside the list
     */
    public static EditLog of(List<Edit> edits, int cursor) {
        if (cursor < 0 || cursor > edits.size()) {
            throw new IllegalArgumentException("the edit cursor " + cursor + " lies outside the " + edits.size()
                    + " edits");
        }
        EditLog log = new EditLog();
        log.edits.addAll(edits);
        log.cursor = cursor;
        return log;
    }

    /** Appends an edit after the cursor, discarding the undone edits that could have been redone. */
    public void perform(Edit edit) {
        dropRedo();
        edits.add(edit);
        cursor++;
    }

    /** Forgets the undone edits, so that nothing can be redone. */
    public void dropRedo() {
        edits.subList(cursor, edits.size()).clear();
    }

    /** Steps back over the last applied edit and returns it. */
    public Optional<Edit> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        return Optional.of(edits.get(--cursor));
    }

    /** Steps forward over the next undone edit and returns it. */
    public Optional<Edit> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        return Optional.of(edits.get(cursor++));
    }

    public boolean canUndo() {
        return cursor > 0;
    }

    public boolean canRedo() {
        return cursor < edits.size();
    }

    /** The edit an undo would take back. */
    public Optional<Edit> nextUndo() {
        return canUndo() ? Optional.of(edits.get(cursor - 1)) : Optional.empty();
    }

    /** The edit a redo would apply. */
    public Optional<Edit> nextRedo() {
        return canRedo() ? Optional.of(edits.get(cursor)) : Optional.empty();
    }

    /** How many edits are applied. */
    public int cursor() {
        return cursor;
    }

    /** Every edit, applied and undone, in the order made. */
    public List<Edit> edits() {
        return List.copyOf(edits);
    }

    /** The applied edits, oldest first. */
    public List<Edit> applied() {
        return List.copyOf(edits.subList(0, cursor));
    }

    /** The gazetteer additions among the applied edits, in order. */
    public List<GazetteerAddition> gazetteerAdditions() {
        List<GazetteerAddition> additions = new ArrayList<>();
        for (Edit e : edits.subList(0, cursor)) {
            if (e instanceof AddToGazetteer g && g.addition().isUsable() && !additions.contains(g.addition())) {
                additions.add(g.addition());
            }
        }
        return additions;
    }

    /** Applies the applied edits, in order, to a fresh copy of the raw extraction. */
    public Replay replay(Extraction raw) {
        CuratedData data = CuratedData.from(raw);
        List<ApplyResult> results = new ArrayList<>(cursor);
        for (Edit e : edits.subList(0, cursor)) {
            results.add(e.apply(data));
        }
        return new Replay(data, results);
    }

    /** The history panel's rows: every edit with its description, whether it is undone, and its result. */
    public List<HistoryEntry> history(List<ApplyResult> results, NameLookup names) {
        List<HistoryEntry> rows = new ArrayList<>(edits.size());
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            ApplyResult r = i < cursor && i < results.size() ? results.get(i) : null;
            rows.add(new HistoryEntry(i, e, e.describe(names), i >= cursor, r));
        }
        return rows;
    }
}
