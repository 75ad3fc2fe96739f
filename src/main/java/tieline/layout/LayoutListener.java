package tieline.layout;

/**
 * Told after each iteration of {@link ForceAtlas2Layout#run}, on the thread running the layout.
 * Keep it short; to show intermediate positions, copy them ({@link Positions#copy()} or
 * {@link Positions#copyFrom(Positions)}) and hand the copy to the view thread.
 */
@FunctionalInterface
public interface LayoutListener {

    /** A listener that does nothing. */
    LayoutListener NONE = (completed, total, positions) -> { };

    /**
     * @param completed iterations done so far
     * @param total iterations requested
     * @param positions the live positions being laid out (do not keep or modify)
     */
    void iterationDone(int completed, int total, Positions positions);
}
