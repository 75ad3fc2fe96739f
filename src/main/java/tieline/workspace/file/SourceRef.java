package tieline.workspace.file;

import java.util.Objects;

/**
 * One cable file a workspace was built from, with what it held when it was added.
 *
 * @param path   where it was: relative to the workspace file's folder when inside it (forward slashes), else absolute
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param size   its size in bytes
 */
public record SourceRef(String path, String sha256, long size) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
