package tieline.briefing;

import java.util.List;
import java.util.Objects;
import tieline.model.RelationType;

/**
 * One hop of a path picture: the relationship between two consecutive entities and the
 * evidence behind it.
 *
 * @param fromId        the entity the hop starts from
 * @param toId          the entity it reaches
 * @param strongestType the strongest type of the relationship under the ceiling
 * @param evidence      the evidence, oldest first
 */
public record PathStep(String fromId, String toId, RelationType strongestType, List<SceneEvidence> evidence) {

    public PathStep {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(strongestType, "strongestType");
        evidence = List.copyOf(evidence);
    }
}
