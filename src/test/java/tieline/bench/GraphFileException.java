package tieline.bench;

/** A graph file that cannot be read; the message names the file and, where known, the line. */
final class GraphFileException extends Exception {

    private static final long serialVersionUID = 1L;

    GraphFileException(String message) {
        super(message);
    }
}
