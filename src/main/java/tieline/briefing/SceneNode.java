package tieline.briefing;

import java.util.Objects;
import tieline.model.EntityType;

/**
 * One entity drawn in a network or path picture.
 *
 * @param id         the entity id
 * @param label      the text shown next to it (the canonical name)
 * @param type       decides shape and colour
 * @param x          horizontal position in layout units (any scale; the painter fits the layout to the page)
 * @param y          vertical position in layout units
 * @param radius     drawn size in points on the page, growing with importance
 * @param emphasised selected or focused: drawn stronger, and its label is never dropped
 */
public record SceneNode(String id, String label, EntityType type, double x, double y, double radius,
                        boolean emphasised) {

    public SceneNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive: " + radius);
        }
    }
}
