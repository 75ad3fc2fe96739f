package tieline.workspace.session;

import java.nio.file.Path;
import tieline.cable.Cable;

/**
 * One cable file in an open workspace.
 *
 * @param path   absolute, normalised path it was read from
 * @param sha256 SHA-256 of the bytes read
 * @param size   bytes read
 * @param cable  the cable parsed from it
 */
public record LoadedSource(Path path, String sha256, long size, Cable cable) {
}
