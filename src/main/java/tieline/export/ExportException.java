package tieline.export;

import java.io.IOException;

/** An export could not be written; the message says which file and why, in plain words. */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
