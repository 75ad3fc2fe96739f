package tieline.workspace.file;

import java.util.Objects;

/**
 * Where an entity was drawn when the workspace was saved, so that reopening shows the same picture.
 *
 * @param id     the entity id
 * @param x      horizontal position in layout coordinates
 * @param y      vertical position in layout coordinates
 * @param pinned true when the analyst pinned it (the {@code PinPosition} edits decide; this is for readers)
 */
public record NodePosition(String id, double x, double y, boolean pinned) {

    public NodePosition {
        Objects.requireNonNull(id, "id");
    }
}
