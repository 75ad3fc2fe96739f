package tieline.workspace.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes the latest unsaved state of a workspace to its recovery file every few minutes (on a
 * background thread of its own) and when asked, e.g. on exit. The owner hands it an immutable
 * snapshot after each change; a clean save clears the recovery file. Write failures are handed
 * to the error listener and retried at the next tick.
 */
public final class Autosave implements AutoCloseable {

    /** The default interval between recovery writes. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(3);

    private final Recovery recovery;
    private final WorkspaceStore store;
    private final Consumer<IOException> onError;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final Object writeLock = new Object();
    private final ScheduledExecutorService timer;

    /** What is waiting to be written: the snapshot and the workspace it belongs to (null when untitled). */
    private record Pending(WorkspaceFile snapshot, Path workspace) {
    }

    /**
     * Starts autosaving every {@code interval}.
     *
     * @param onError hears write failures (called on the autosave thread)
     */
    public Autosave(Recovery recovery, WorkspaceStore store, Duration interval, Consumer<IOException> onError) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.store = Objects.requireNonNull(store, "store");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tieline-autosave");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Records that the workspace changed; the snapshot is written at the next tick or {@link #flush()}. */
    public void changed(WorkspaceFile snapshot, Path workspace) {
        pending.set(new Pending(Objects.requireNonNull(snapshot, "snapshot"), workspace));
    }

    /** True when a change waits to be written. */
    public boolean hasPending() {
        return pending.get() != null;
    }

    /** Writes the waiting snapshot now, if any (on exit). */
    public void flush() throws IOException {
        synchronized (writeLock) {
            Pending p = pending.getAndSet(null);
            if (p == null) {
                return;
            }
            try {
                String of = p.workspace() == null ? null : p.workspace().toAbsolutePath().normalize().toString();
                Files.createDirectories(recovery.folder());
                store.saveWithoutBackup(recovery.fileFor(p.workspace()), p.snapshot().asRecoveryOf(of));
            } catch (IOException e) {
                pending.compareAndSet(null, p);
                throw e;
            }
        }
    }

    /**
     * The workspace was saved cleanly to {@code savedAs}: nothing waits any more and the recovery
     * files of that workspace and of its previous name ({@code before}, null when untitled) go.
     */
    public void saved(Path before, Path savedAs) throws IOException {
        synchronized (writeLock) {
            pending.set(null);
            recovery.clear(before);
            recovery.clear(savedAs);
        }
    }

    /** Drops the waiting change and the recovery file: the analyst chose not to keep the changes. */
    public void discard(Path workspace) throws IOException {
        saved(workspace, workspace);
    }

    /** Stops the timer; writes nothing (call {@link #flush()} first to keep unsaved changes). */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void tick() {
        try {
            flush();
        } catch (IOException e) {
            onError.accept(e);
        } catch (RuntimeException e) {
            onError.accept(new IOException("autosave failed: " + e, e));
        }
    }
}
