package tieline.ui.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where every entity sits in the graph picture, by entity id, and which ones the analyst
 * pinned. Kept across filter and time-range changes so the picture never jumps: a filter only
 * hides and shows nodes, it never moves them. {@code unit} is the typical edge length of the
 * layout, so node sizes can be drawn in proportion to it.
 */
public final class NodePositions {

    private final Map<String, double[]> positions;
    private final Set<String> pinned;
    private final double unit;

    public NodePositions(Map<String, double[]> positions, Set<String> pinned, double unit) {
        this.positions = new HashMap<>();
        positions.forEach((id, p) -> this.positions.put(id, new double[] {p[0], p[1]}));
        this.pinned = new HashSet<>(pinned);
        this.unit = unit > 0 && Double.isFinite(unit) ? unit : 1;
    }

    /** No positions at all. */
    public static NodePositions empty() {
        return new NodePositions(Map.of(), Set.of(), 1);
    }

    /** The position of an entity as {x, y}, or null when it has none. */
    public double[] get(String id) {
        double[] p = positions.get(id);
        return p == null ? null : p.clone();
    }

    public boolean contains(String id) {
        return positions.containsKey(id);
    }

    /** Moves an entity. */
    public void set(String id, double x, double y) {
        positions.put(id, new double[] {x, y});
    }

    public boolean isPinned(String id) {
        return pinned.contains(id);
    }

    /** Pins or releases an entity: a pinned entity keeps its place when the layout runs again. */
    public void setPinned(String id, boolean pin) {
        if (pin) {
            pinned.add(id);
        } else {
            pinned.remove(id);
        }
    }

    public Set<String> pinned() {
        return Collections.unmodifiableSet(pinned);
    }

    /** Typical edge length of the layout, in world units. */
    public double unit() {
        return unit;
    }

    public int size() {
        return positions.size();
    }

    /** Every entity with a place, with its place. */
    public void forEach(java.util.function.BiConsumer<String, double[]> action) {
        positions.forEach((id, p) -> action.accept(id, p.clone()));
    }

    /** An independent copy. */
    public NodePositions copy() {
        return new NodePositions(positions, pinned, unit);
    }

    /** A copy with another unit. */
    NodePositions withUnit(double newUnit) {
        return new NodePositions(positions, pinned, newUnit);
    }
}
