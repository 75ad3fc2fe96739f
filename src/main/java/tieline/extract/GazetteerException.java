package tieline.extract;

/** A gazetteer file that cannot be read, with the file and line in the message. */
public class GazetteerException extends RuntimeException {

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
