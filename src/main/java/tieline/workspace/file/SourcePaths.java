package tieline.workspace.file;

import java.nio.file.Path;

/**
 * How source paths are written in a workspace file: relative to the workspace's folder (with
 * forward slashes) when the cable lies inside it, so that a folder can be moved or shared as a
 * whole; absolute otherwise.
 */
public final class SourcePaths {

    private SourcePaths() {
    }

    /** The path to record for {@code file} in a workspace saved in {@code folder}. */
    public static String toRecorded(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (folder != null) {
            Path base = folder.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.toString();
    }

    /** The file a recorded path names, for a workspace in {@code folder}. */
    public static Path resolve(Path folder, String recorded) {
        Path p = Path.of(recorded);
        if (p.isAbsolute() || folder == null) {
            return p.toAbsolutePath().normalize();
        }
        return folder.toAbsolutePath().resolve(p).normalize();
    }
}
