package tieline.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a
 * half-written one: the content goes to a temporary file in the same folder, is forced to
 * disk, then moved over the target atomically (or, where the file system cannot move
 * atomically, with a plain replacing move). Failures become an {@link ExportException} that
 * names the file and the reason; the temporary file is removed.
 *
 * <p>With {@link Options} a caller (the workspace store) can also keep the previous version as
 * {@code <name>.bak} (copied and forced to disk through its own temporary file before the
 * move), remove temporary files an earlier crash left behind, and hear each {@link Step} just
 * before it happens; a listener that throws stops the write there, which is how tests
 * simulate a crash or a failing disk at every step.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to a stream (which it must not close). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The steps of a write, in order; {@link #DONE} is reported after the last. */
    public enum Step {
        /** Create the temporary file next to the target. */
        CREATE_TEMP,
        /** The content is in the temporary file; force it to disk. */
        SYNC_TEMP,
        /** Copy the previous version to {@code <name>.bak} (only with {@link Options#keepBackup()}). */
        BACKUP_PREVIOUS,
        /** Move the temporary file over the target. */
        MOVE_INTO_PLACE,
        /** Force the folder entry to disk. */
        SYNC_FOLDER,
        /** The write is complete. */
        DONE
    }

    /** Hears each step of a write just before it happens; throwing stops the write there. */
    @FunctionalInterface
    public interface StepListener {
        StepListener NONE = (step, target) -> { };

        void reached(Step step, Path target) throws IOException;
    }

    /**
     * How to write.
     *
     * @param keepBackup     copy the previous version to {@link #backupOf(Path)} before replacing it
     * @param removeLeftovers delete temporary files of this target that an interrupted write left
     * @param listener       hears each step
     */
    public record Options(boolean keepBackup, boolean removeLeftovers, StepListener listener) {

        /** What {@link #write(Path, Content)} does: no backup, no clean-up of leftovers, no listener. */
        public static final Options PLAIN = new Options(false, false, StepListener.NONE);

        public Options {
            listener = listener == null ? StepListener.NONE : listener;
        }
    }

    /** The suffix of the backup {@link Options#keepBackup()} keeps beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFileWriter() {
    }

    /** The backup path of a target: {@code name.ext.bak}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** Writes {@code target} from {@code content} atomically. */
    public static void write(Path target, Content content) throws ExportException {
        write(target, content, Options.PLAIN);
    }

    /**
     * Checks, before any work is done, that {@code target} names a file in an existing folder
     * that may be written; throws with the reason otherwise. Writing can still fail later (disk full).
     */
    public static void checkWritable(Path target) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new ExportException("cannot write " + target + ": not a file path");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("cannot write " + target + ": it is a folder; give a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("cannot write " + target + ": folder " + folder + " is not writable");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ExportException("cannot write " + target + ": the file is read-only");
        }
    }

    /** Writes {@code target} from {@code content} atomically, as {@code options} say. */
    public static void write(Path target, Content content, Options options) throws ExportException {
        checkWritable(target);
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        StepListener listener = options.listener();
        String name = file.getFileName().toString();
        if (options.removeLeftovers()) {
            removeLeftovers(folder, name);
        }
        Path temp = null;
        Path backupTemp = null;
        try {
            listener.reached(Step.CREATE_TEMP, target);
            temp = createTemp(folder, name);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                listener.reached(Step.SYNC_TEMP, target);
                channel.force(true);
            }
            if (options.keepBackup() && Files.isRegularFile(file)) {
                listener.reached(Step.BACKUP_PREVIOUS, target);
                backupTemp = createTemp(folder, name + BACKUP_SUFFIX);
                Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(backupTemp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                move(backupTemp, backupOf(file));
                backupTemp = null;
            }
            listener.reached(Step.MOVE_INTO_PLACE, target);
            move(temp, file);
            temp = null;
            listener.reached(Step.SYNC_FOLDER, target);
            syncFolder(folder);
            listener.reached(Step.DONE, target);
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }

    /** Deletes {@code .<name>.*.tmp} files: temporary files of this target left by an interrupted write. */
    private static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : leftovers) {
                deleteQuietly(p);
            }
        } catch (IOException ignored) {
            // leftovers only take space; the write does not depend on removing them
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                    + COUNTER.incrementAndGet() + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable where the platform allows opening a folder; elsewhere a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on every platform (e.g. Windows); the file itself is already forced
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
