package tieline.cable;

/** Receives progress while a reader works through many files. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total, current) -> { };

    /**
     * @param done    files finished so far
     * @param total   files to read in all
     * @param current the file just finished
     */
    void update(int done, int total, String current);
}
