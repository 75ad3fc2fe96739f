package tieline.workspace;

/**
 * A position the analyst fixed for an entity on the graph canvas, in layout coordinates.
 *
 * @param x horizontal position
 * @param y vertical position
 */
public record Pin(double x, double y) {
}
