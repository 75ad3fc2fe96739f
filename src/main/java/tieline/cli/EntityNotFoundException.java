package tieline.cli;

/** An entity named on the command line is not in the graph, or the name fits several. */
final class EntityNotFoundException extends RuntimeException {

    EntityNotFoundException(String message) {
        super(message);
    }
}
