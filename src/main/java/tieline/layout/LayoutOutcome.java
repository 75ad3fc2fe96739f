package tieline.layout;

/**
 * How a {@link ForceAtlas2Layout#run} ended.
 *
 * @param iterations iterations actually run
 * @param cancelled whether it stopped early because cancellation was requested
 */
public record LayoutOutcome(int iterations, boolean cancelled) { }
