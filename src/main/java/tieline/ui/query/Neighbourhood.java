package tieline.ui.query;

/**
 * A neighbourhood the graph is narrowed to.
 *
 * @param entityId the centre
 * @param name     its name, for the panel
 * @param hops     how many steps out
 */
public record Neighbourhood(String entityId, String name, int hops) {
}
