package tieline.workspace.file;

import java.nio.file.Path;

/**
 * What became of one cable file since the workspace was saved.
 *
 * @param source     the file as the workspace recorded it
 * @param state      found unchanged, changed, moved or missing
 * @param path       where the file is now (the recorded place, or where it moved to); null when missing
 * @param nowSha256  the hash of what is there now; null when missing
 */
public record SourceStatus(SourceRef source, State state, Path path, String nowSha256) {

    /** The possible findings. */
    public enum State {
        /** At its recorded place with the recorded content. */
        UNCHANGED,
        /** At its recorded place with different content. */
        CHANGED,
        /** Gone from its recorded place; a file with the same content was found elsewhere. */
        MOVED,
        /** Gone, and no file with the same content was found. */
        MISSING
    }

    /** One sentence for the analyst, e.g. {@code cables/08BAKU73.txt: changed on disk since the workspace was saved}. */
    public String describe() {
        return switch (state) {
            case UNCHANGED -> source.path() + ": unchanged";
            case CHANGED -> source.path() + ": changed on disk since the workspace was saved (SHA-256 "
                    + abbreviate(source.sha256()) + " then, " + abbreviate(nowSha256) + " now); it is read as it is now";
            case MOVED -> source.path() + ": moved; the same content was found at " + path;
            case MISSING -> source.path() + ": missing; no file with its content (SHA-256 "
                    + abbreviate(source.sha256()) + ") was found";
        };
    }

    private static String abbreviate(String hash) {
        return hash == null ? "?" : hash.substring(0, Math.min(12, hash.length()));
    }
}
