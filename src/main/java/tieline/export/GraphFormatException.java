package tieline.export;

import java.io.IOException;

/** A file is not a readable Tieline graph export; the message names the file and where it went wrong. */
public final class GraphFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public GraphFormatException(String message) {
        super(message);
    }

    public GraphFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
