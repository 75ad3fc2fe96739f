package tieline.ui.viewer;

/**
 * A run of paragraph text, plain or naming an entity.
 *
 * @param text     the characters
 * @param entityId the entity this run mentions, or null for plain text
 * @param selected true when the entity is one the analyst selected (drawn strongest)
 */
public record TextSegment(String text, String entityId, boolean selected) {

    public boolean isMention() {
        return entityId != null;
    }
}
