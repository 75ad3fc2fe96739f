package tieline.ui.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import tieline.cable.Cable;
import tieline.ui.graph.NodePositions;

/**
 * Loading in the background: one load at a time on a worker thread (later requests wait in
 * line), progress and a message for the progress bar, cancel, and the problems panel's rows.
 * The outcome is handed to the owner on the FX thread.
 */
public final class LoadViewModel {

    /**
     * What a job starts from: the cables open now, the current picture and the outcome that
     * made the current graph (null before the first load).
     */
    public record Start(List<Cable> open, NodePositions positions, LoadOutcome current) {
    }

    /**
     * Background work that ends in a new (or unchanged) graph: a load of files, a fresh layout,
     * or a workspace operation such as an edit or an undo. Runs on the worker thread, one at a
     * time, in order.
     */
    @FunctionalInterface
    public interface Job {
        /** Does the work on the worker thread. */
        LoadOutcome run(Start from, CorpusPipeline.Progress progress, java.util.function.BooleanSupplier cancelled);

        /** Told on the FX thread after the owner took the outcome. */
        default void applied(LoadOutcome outcome) {
        }

        /** What the job works on, for a problem report when it fails. */
        default String subject() {
            return "(loading)";
        }
    }

    /** Loading files and folders through the pipeline. */
    private record LoadFiles(CorpusPipeline pipeline, List<Path> paths) implements Job {
        @Override
        public LoadOutcome run(Start from, CorpusPipeline.Progress progress,
                               java.util.function.BooleanSupplier cancelled) {
            return pipeline.load(from.open(), paths, from.positions(), progress, cancelled);
        }

        @Override
        public String subject() {
            return paths.toString();
        }
    }

    private final CorpusPipeline pipeline;
    private final Supplier<Start> start;
    private final Consumer<LoadOutcome> finished;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tieline-load");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final Deque<Job> waiting = new ArrayDeque<>();
    private Task<LoadOutcome> current;
    private int completed;

    /**
     * @param start    asked on the FX thread when a load begins
     * @param finished told on the FX thread when a load ends (also when nothing changed)
     */
    public LoadViewModel(CorpusPipeline pipeline, Supplier<Start> start, Consumer<LoadOutcome> finished) {
        this.pipeline = pipeline;
        this.start = start;
        this.finished = finished;
    }

    /** Loads files and folders; queued behind a load already running. FX thread. */
    public void load(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        submit(new LoadFiles(pipeline, List.copyOf(paths)));
    }

    /** Lays the current graph out afresh in the background (pins stay). FX thread. */
    public void relayout() {
        submit((from, progress, cancelled) -> pipeline.relayout(from.current(), progress, cancelled));
    }

    /** Runs a job on the worker, queued behind the work already there. FX thread. */
    public void run(Job job) {
        submit(job);
    }

    private void submit(Job job) {
        waiting.add(job);
        if (current == null) {
            next();
        }
    }

    private void next() {
        Job job = waiting.poll();
        if (job == null) {
            current = null;
            running.set(false);
            return;
        }
        Start from = start.get();
        Task<LoadOutcome> task = new Task<>() {
            @Override
            protected LoadOutcome call() {
                return job.run(from, (f, m) -> {
                    updateProgress(f, 1);
                    updateMessage(m);
                }, this::isCancelled);
            }
        };
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> done(job, task.getValue()));
        task.setOnCancelled(e -> done(job, new LoadOutcome(from.open(), null, null, null, java.util.Map.of(), List.of(), 0, true)));
        task.setOnFailed(e -> done(job, new LoadOutcome(from.open(), null, null, null, java.util.Map.of(),
                List.of(new LoadProblem(job.subject(), 0, "failed: " + task.getException())), 0, false)));
        worker.submit(task);
    }

    private void done(Job job, LoadOutcome outcome) {
        progress.unbind();
        message.unbind();
        problems.addAll(outcome.problems());
        message.set(outcome.cancelled() ? "Loading cancelled; the graph is unchanged"
                : outcome.changed() || !(job instanceof LoadFiles) ? message.get()
                : outcome.problems().isEmpty() ? "Nothing new to load" : "Nothing new could be read; see Problems");
        progress.set(outcome.cancelled() ? 0 : 1);
        completed++;
        try {
            finished.accept(outcome);
            job.applied(outcome);
        } finally {
            current = null;
            if (outcome.cancelled()) {
                waiting.clear();
            }
            next();
        }
    }

    /** Cancels the running load and drops the ones waiting. */
    public void cancel() {
        waiting.clear();
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every problem met so far, oldest first. */
    public ObservableList<LoadProblem> problems() {
        return problems;
    }

    /** How many loads have finished (for waiting in tests and scripts). */
    public int completedLoads() {
        return completed;
    }

    /** Runs an action on the FX thread once no load is running or waiting. */
    public void whenIdle(Runnable action) {
        if (current == null && waiting.isEmpty()) {
            action.run();
            return;
        }
        running.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    running.removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }
}
