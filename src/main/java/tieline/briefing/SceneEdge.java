package tieline.briefing;

import java.util.Objects;
import tieline.model.RelationType;

/**
 * One relationship drawn in a network or path picture.
 *
 * @param sourceId      one end (a {@link SceneNode} id)
 * @param targetId      the other end
 * @param width         stroke width in points, growing with the evidence count
 * @param strongestType decides the colour
 * @param evidenceCount how many pieces of evidence under the ceiling support it
 * @param emphasised    part of the selection or touching the focus
 */
public record SceneEdge(String sourceId, String targetId, double width, RelationType strongestType,
                        int evidenceCount, boolean emphasised) {

    public SceneEdge {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(strongestType, "strongestType");
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }
}
