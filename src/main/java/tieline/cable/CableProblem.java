package tieline.cable;

/**
 * A readable account of why a file (or part of it) could not be read as a cable.
 *
 * @param source  the file or stream name
 * @param line    1-based line the problem was found at, or 0 when it concerns the whole file
 * @param kind    what went wrong
 * @param message what was expected and what was found, in plain words
 */
public record CableProblem(String source, int line, Kind kind, String message) {

    /** The kinds of problem a reader reports. */
    public enum Kind {
        EMPTY, BINARY, HTML, TOO_LARGE, NOT_A_CABLE, UNREADABLE, ENCODING,
        /** A row of a cable catalogue ({@code index.csv}) that cannot be used. */
        BAD_CATALOGUE
    }

    /** One line such as {@code notes.bin: binary data, not a cable text}. */
    public String describe() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
