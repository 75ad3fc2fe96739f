package tieline.workspace.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new version in
 * place, never a torn one: the bytes go to a temporary file in the same folder, are flushed to
 * the disk, the previous version is copied to {@code <name>.bak}, and the temporary file is
 * moved over the target atomically. Temporary files left by an earlier crash are removed on
 * the next write.
 */
public final class DurableWriter {

    /** The suffix of the backup kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";

    private final SaveStepListener listener;

    public DurableWriter(SaveStepListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The backup path of a target: {@code name.tieline.bak}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Writes {@code bytes} to {@code target} durably.
     *
     * @param keepBackup copy the previous version to {@link #backupOf} first
     * @throws IOException when a step fails; the target is then unchanged
     */
    public void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        removeStaleTemps(folder, name);
        listener.reached(SaveStep.CREATE_TEMP, target);
        Path temp = Files.createTempFile(folder, tempPrefix(name), ".tmp");
        Path backupTemp = null;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                int half = bytes.length / 2;
                writeFully(out, ByteBuffer.wrap(bytes, 0, half));
                listener.reached(SaveStep.HALF_WRITTEN, target);
                writeFully(out, ByteBuffer.wrap(bytes, half, bytes.length - half));
                listener.reached(SaveStep.SYNC_TEMP, target);
                out.force(true);
            }
            if (keepBackup && Files.isRegularFile(absolute)) {
                listener.reached(SaveStep.BACKUP_PREVIOUS, target);
                backupTemp = Files.createTempFile(folder, tempPrefix(name + BACKUP_SUFFIX), ".tmp");
                Files.copy(absolute, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                sync(backupTemp);
                moveAtomically(backupTemp, backupOf(absolute));
                backupTemp = null;
            }
            listener.reached(SaveStep.MOVE_INTO_PLACE, target);
            moveAtomically(temp, absolute);
            temp = null;
            listener.reached(SaveStep.SYNC_FOLDER, target);
            syncFolder(folder);
            listener.reached(SaveStep.DONE, target);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
    }

    private static String tempPrefix(String name) {
        return "." + name + ".";
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " cannot replace files atomically, "
                    + "so " + to.getFileName() + " was not saved there: " + e.getMessage(), e);
        }
    }

    /** Flushes the folder entry; some platforms cannot open a folder for this, which is harmless there. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // The move is already done; only its durability across a power cut is best effort here.
        }
    }

    private static void removeStaleTemps(Path folder, String name) {
        String prefix = tempPrefix(name);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : stale) {
                deleteQuietly(p);
            }
        } catch (IOException e) {
            // Leftovers only take space; the save itself does not depend on removing them.
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temporary file is removed by the next write.
        }
    }
}
