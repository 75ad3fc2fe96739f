package tieline.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tieline.cable.CableReader;
import tieline.model.Entity;
import tieline.ui.MainViewModel;
import tieline.ui.Selection;
import tieline.ui.graph.NodePositions;
import tieline.ui.load.CorpusPipeline;
import tieline.ui.load.LoadOutcome;
import tieline.ui.load.LoadProblem;
import tieline.ui.load.LoadViewModel;
import tieline.workspace.ApplyResult;
import tieline.workspace.Edit;
import tieline.workspace.Edits;
import tieline.workspace.ExtractionEngine;
import tieline.workspace.HistoryEntry;
import tieline.workspace.MergeEntities;
import tieline.workspace.NameLookup;
import tieline.workspace.PinPosition;
import tieline.workspace.Unpin;
import tieline.workspace.AttachNote;
import tieline.workspace.file.Autosave;
import tieline.workspace.file.NodePosition;
import tieline.workspace.file.RecoveryCandidate;
import tieline.workspace.file.ViewState;
import tieline.workspace.file.WorkspaceFile;
import tieline.workspace.file.WorkspaceLoadException;
import tieline.workspace.file.WorkspaceStore;
import tieline.workspace.session.WorkspaceSession;

/**
 * The open workspace as the window sees it: undo and redo state, the edit history and notes,
 * the file and whether it is saved, and the operations (edit, undo, redo, add cables, new,
 * open, restore, save). Every operation runs as a job on the load worker, one after the other,
 * so the {@link WorkspaceSession} is only ever touched by that thread; the results come back
 * to the FX thread as a new graph (through {@link MainViewModel}) and a {@link WorkspaceState}.
 * No JavaFX nodes.
 */
public final class WorkspaceViewModel {

    private final MainViewModel main;
    private final CorpusPipeline pipeline;
    private final CableReader reader;
    private final ExtractionEngine engine;
    private final WorkspaceStore store;
    private final Autosave autosave;
    private final Clock clock;
    private final Edits edits;
    private WorkspaceSession session;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Tieline");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ObservableList<String> hidden = FXCollections.observableArrayList();
    private final Map<String, String> hiddenNames = new HashMap<>();
    private Supplier<ViewState> viewSource = ViewState::initial;
    private Consumer<ViewState> viewSink = v -> { };
    private BiConsumer<String, String> errors;
    private WorkspaceState state;
    private int finishedOperations;

    /**
     * @param autosave where unsaved changes go every few minutes and on exit (may be null: no autosave)
     * @param clock    stamps the edits
     */
    public WorkspaceViewModel(MainViewModel main, CorpusPipeline pipeline, CableReader reader, ExtractionEngine engine,
                              WorkspaceStore store, Autosave autosave, Clock clock) {
        this.main = Objects.requireNonNull(main, "main");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = Objects.requireNonNull(store, "store");
        this.autosave = autosave;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.edits = new Edits(clock);
        this.session = WorkspaceSession.create(reader, engine);
        this.errors = (heading, text) -> main.load().problems().add(new LoadProblem(heading, 0, text));
        main.setOpener(this::openPaths);
        main.graph().setDropListener((id, x, y) -> perform(edits.pin(id, x, y)));
        main.graph().setUnpinListener(id -> perform(edits.unpin(id)));
    }

    // ---- wiring ----

    /** Where the view state (filters, zoom, theme, selection) is read from when saving. */
    public void setViewSource(Supplier<ViewState> source) {
        viewSource = Objects.requireNonNull(source);
    }

    /** Where a workspace's saved view state is applied after opening it. */
    public void setViewSink(Consumer<ViewState> sink) {
        viewSink = Objects.requireNonNull(sink);
    }

    /** Who shows errors (title, message); by default they go to the problems panel. */
    public void setErrorHandler(BiConsumer<String, String> handler) {
        errors = Objects.requireNonNull(handler);
    }

    /** Makes edits stamped with this model's clock. */
    public Edits edits() {
        return edits;
    }

    // ---- operations (FX thread; the work runs on the load worker) ----

    /** Applies an edit; one that does not apply is refused with a message and not recorded. */
    public void perform(Edit edit) {
        boolean changesGraph = !(edit instanceof PinPosition || edit instanceof Unpin || edit instanceof AttachNote);
        submit("Applying: " + edit.describe(NameLookup.IDS), (s, from, progress, cancelled) -> {
            ApplyResult r = s.perform(edit);
            if (!r.applied()) {
                return Result.refused(edit.describe(names(s)) + ": " + r.message());
            }
            String done = edit.describe(names(s)) + (r.message().isEmpty() ? "" : " (" + r.message() + ")");
            Runnable after = edit instanceof MergeEntities m ? () -> reselect(m.mergedId(), m.keepId()) : null;
            return changesGraph ? Result.rebuilt(done, after) : Result.unchanged(done);
        });
    }

    /** Takes back the last edit. */
    public void undo() {
        submit("Undoing\u2026", (s, from, progress, cancelled) -> {
            String what = s.log().nextUndo().map(e -> e.describe(names(s))).orElse(null);
            return s.undo() ? Result.rebuilt("Undone: " + what, null) : Result.unchanged("Nothing to undo");
        });
    }

    /** Applies the last undone edit again. */
    public void redo() {
        submit("Redoing\u2026", (s, from, progress, cancelled) -> {
            String what = s.log().nextRedo().map(e -> e.describe(names(s))).orElse(null);
            return s.redo() ? Result.rebuilt("Redone: " + what, null) : Result.unchanged("Nothing to redo");
        });
    }

    /**
     * Opens what the analyst dropped or named: a {@code .tieline} file opens that workspace,
     * cable files and folders are added to the open one.
     */
    public void openPaths(List<Path> paths) {
        List<Path> workspaces = paths.stream().filter(WorkspaceViewModel::isWorkspaceFile).toList();
        List<Path> cables = paths.stream().filter(p -> !isWorkspaceFile(p)).toList();
        if (!workspaces.isEmpty()) {
            open(workspaces.get(0));
        }
        addSources(cables);
    }

    /** True for a {@code .tieline} file. */
    public static boolean isWorkspaceFile(Path p) {
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tieline");
    }

    /** Adds cable files and folders to the workspace (reads only new files). */
    public void addSources(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(paths);
        run(new Op() {
            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                rememberPositions(from.positions());
                return pipeline.add(session, copy, from.positions(), progress, cancelled);
            }
        });
    }

    /** Closes the workspace and starts an empty, untitled one. */
    public void newWorkspace() {
        run(new Op() {
            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                session = WorkspaceSession.create(reader, engine);
                return pipeline.rebuild(session, NodePositions.empty(), 0, List.of(), progress, cancelled);
            }
        });
    }

    /**
     * Opens a saved workspace. A file that cannot be opened is reported and nothing changes;
     * what opening found (moved or changed cables, edits that no longer apply) goes to the
     * problems panel.
     */
    public void open(Path workspace) {
        run(new Op() {
            private ViewState view;
            private String error;

            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                progress.update(0, "Opening " + workspace.getFileName() + "\u2026");
                try {
                    WorkspaceSession.Opened opened = WorkspaceSession.open(workspace, store, reader, engine);
                    return adopt(opened, progress, cancelled, v -> view = v);
                } catch (WorkspaceLoadException e) {
                    error = e.getMessage();
                    return unchangedOutcome(List.of());
                }
            }

            @Override
            void afterApplied() {
                if (error != null) {
                    errors.accept("The workspace could not be opened", error);
                } else if (view != null) {
                    viewSink.accept(view);
                }
            }
        });
    }

    /** Restores the unsaved work a recovery file holds. */
    public void restore(RecoveryCandidate candidate) {
        run(new Op() {
            private ViewState view;

            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                progress.update(0, "Restoring unsaved work\u2026");
                return adopt(WorkspaceSession.restore(candidate, reader, engine), progress, cancelled, v -> view = v);
            }

            @Override
            void afterApplied() {
                if (view != null) {
                    viewSink.accept(view);
                }
            }
        });
    }

    /** Saves to the workspace's file; false (and nothing done) while it is untitled. */
    public boolean save() {
        Path target = file.get();
        if (target == null) {
            return false;
        }
        saveAs(target);
        return true;
    }

    /** Saves to {@code target}, which becomes the workspace's file. */
    public void saveAs(Path target) {
        saveAs(target, () -> { });
    }

    /** Saves to {@code target}; {@code then} runs on the FX thread once it is safely saved (not after a failure). */
    public void saveAs(Path target, Runnable then) {
        ViewState view = viewSource.get();
        run(new Op() {
            private String error;

            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                progress.update(0, "Saving " + target.getFileName() + "\u2026");
                Path before = session.file().orElse(null);
                rememberPositions(from.positions());
                session.setView(view);
                try {
                    session.saveAs(target, store, clock.instant());
                    if (autosave != null) {
                        autosave.saved(before, target);
                    }
                    progress.update(1, "Saved " + target);
                } catch (IOException e) {
                    error = e.getMessage();
                    progress.update(1, "Not saved");
                }
                return unchangedOutcome(List.of());
            }

            @Override
            void afterApplied() {
                if (error != null) {
                    errors.accept("The workspace was not saved", error);
                } else {
                    then.run();
                }
            }
        });
    }

    /**
     * Writes the unsaved changes to the recovery file now and stops autosaving (on exit). When
     * the analyst chose not to keep the changes, call {@link #discardUnsaved()} first.
     */
    public void shutdown() {
        if (autosave == null) {
            return;
        }
        try {
            if (state != null && state.dirty()) {
                autosave.changed(state.snapshot().withView(viewSource.get()), state.file());
            }
            autosave.flush();
        } catch (IOException e) {
            errors.accept("Unsaved changes could not be kept for recovery", e.getMessage());
        } finally {
            autosave.close();
        }
    }

    /** Forgets the unsaved changes: no recovery file is kept for them. */
    public void discardUnsaved() {
        if (autosave == null) {
            return;
        }
        try {
            autosave.discard(file.get());
        } catch (IOException e) {
            errors.accept("The recovery file could not be removed", e.getMessage());
        }
        if (state != null) {
            state = new WorkspaceState(state.file(), false, state.canUndo(), state.canRedo(), state.history(),
                    state.notes(), state.hidden(), state.names(), state.snapshot());
        }
        dirty.set(false);
    }

    // ---- observable state ----

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when there are unsaved changes. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Where the workspace is saved, null while untitled. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The window title: {@code Tieline - name.tieline}, with a star when unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the last operation did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The edit history, oldest first. */
    public ObservableList<HistoryEntry> history() {
        return history;
    }

    /** Notes on entities and relationships. */
    public ObservableList<NoteRow> notes() {
        return notes;
    }

    /** Ids of hidden entities. */
    public ObservableList<String> hidden() {
        return hidden;
    }

    /** The name of a hidden entity (for the unhide chooser). */
    public String hiddenName(String id) {
        return hiddenNames.getOrDefault(id, id);
    }

    /** How many workspace operations have finished (for tests and scripts). */
    public int finishedOperations() {
        return finishedOperations;
    }

    // ---- the work ----

    /** A workspace operation; {@link #afterApplied()} runs on the FX thread at the end. */
    private abstract class Op implements LoadViewModel.Job {
        void afterApplied() {
        }

        @Override
        public final void applied(LoadOutcome outcome) {
            afterApplied();
        }
    }

    /** An edit, undo or redo: what happened to the session and whether the graph must be built again. */
    private record Result(boolean rebuild, boolean refused, String message, Runnable after) {
        static Result rebuilt(String message, Runnable after) {
            return new Result(true, false, message, after);
        }

        static Result unchanged(String message) {
            return new Result(false, false, message, null);
        }

        static Result refused(String message) {
            return new Result(false, true, message, null);
        }
    }

    /** Work on the session that ends in a {@link Result}. */
    @FunctionalInterface
    private interface SessionWork {
        Result run(WorkspaceSession s, LoadViewModel.Start from, CorpusPipeline.Progress progress,
                   BooleanSupplier cancelled);
    }

    private void submit(String what, SessionWork work) {
        run(new Op() {
            private Result result;

            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                progress.update(0, what);
                rememberPositions(from.positions());
                result = work.run(session, from, progress, cancelled);
                if (!result.rebuild()) {
                    progress.update(1, result.message());
                    return unchangedOutcome(List.of());
                }
                LoadOutcome outcome = pipeline.rebuild(session, from.positions(), 0, List.of(), progress, cancelled);
                progress.update(1, result.message());
                return outcome;
            }

            @Override
            void afterApplied() {
                message.set(result == null ? "" : result.message());
                if (result != null && result.refused()) {
                    errors.accept("The edit was not made", result.message());
                }
                if (result != null && result.after() != null) {
                    result.after().run();
                }
            }
        });
    }

    private void run(Op op) {
        main.load().run(new LoadViewModel.Job() {
            private WorkspaceState taken;

            @Override
            public LoadOutcome run(LoadViewModel.Start from, CorpusPipeline.Progress progress,
                                   BooleanSupplier cancelled) {
                try {
                    return op.run(from, progress, cancelled);
                } finally {
                    taken = stateOf(session);
                }
            }

            @Override
            public void applied(LoadOutcome outcome) {
                if (taken != null) {
                    publish(taken);
                }
                op.applied(outcome);
                finishedOperations++;
            }

            @Override
            public String subject() {
                return "(workspace)";
            }
        });
    }

    private LoadOutcome adopt(WorkspaceSession.Opened opened, CorpusPipeline.Progress progress,
                              BooleanSupplier cancelled, Consumer<ViewState> view) {
        session = opened.session();
        List<LoadProblem> problems = new ArrayList<>();
        opened.report().describe().forEach(line -> problems.add(new LoadProblem("(workspace)", 0, line)));
        NodePositions positions = PositionsOfSession.of(session);
        view.accept(session.view());
        return pipeline.rebuild(session, positions, Math.max(1, session.sources().size()), problems, progress,
                cancelled);
    }

    private LoadOutcome unchangedOutcome(List<LoadProblem> problems) {
        return new LoadOutcome(session.sources().stream().map(x -> x.cable()).toList(), null, null, null,
                java.util.Map.of(), problems, 0,
                false);
    }

    /** Keeps the picture's places in the session so that a save or an autosave holds them. Worker thread. */
    private void rememberPositions(NodePositions positions) {
        List<NodePosition> known = new ArrayList<>();
        for (Entity e : session.data().entities()) {
            double[] p = positions.get(e.id());
            if (p != null) {
                known.add(new NodePosition(e.id(), p[0], p[1], false));
            }
        }
        session.updatePositions(known);
    }

    private static NameLookup names(WorkspaceSession s) {
        return s.data().names();
    }

    /** Takes the state the window shows. Worker thread. */
    private WorkspaceState stateOf(WorkspaceSession s) {
        NameLookup names = s.data().names();
        Map<String, String> shownNames = new LinkedHashMap<>();
        s.data().notes().keySet().forEach(id -> shownNames.put(id, names.nameOf(id)));
        s.data().hiddenIds().forEach(id -> shownNames.put(id, names.nameOf(id)));
        return new WorkspaceState(s.file().orElse(null), s.isDirty(), s.canUndo(), s.canRedo(), s.history(),
                s.data().notes(), List.copyOf(s.data().hiddenIds()), shownNames, s.snapshot(null, clock.instant()));
    }

    /** Shows a state. FX thread. */
    private void publish(WorkspaceState s) {
        state = s;
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        dirty.set(s.dirty());
        file.set(s.file());
        title.set("Tieline \u2013 " + (s.file() == null ? "untitled" : s.file().getFileName().toString())
                + (s.dirty() ? " *" : ""));
        history.setAll(s.history());
        List<NoteRow> rows = new ArrayList<>();
        s.notes().forEach((id, text) -> rows.add(new NoteRow(id, s.names().getOrDefault(id, id), text)));
        notes.setAll(rows);
        hiddenNames.clear();
        s.hidden().forEach(id -> hiddenNames.put(id, s.names().getOrDefault(id, id)));
        hidden.setAll(s.hidden());
        if (autosave != null && s.dirty()) {
            autosave.changed(s.snapshot().withView(viewSource.get()), s.file());
        }
    }

    private void reselect(String gone, String kept) {
        Selection sel = main.selectionProperty().get();
        if (sel.isEntity() && sel.id().equals(gone) || Selection.NONE.equals(sel)) {
            main.selectionProperty().set(Selection.entity(kept));
        }
    }
}
