package tieline.ui.search;

import tieline.model.EntityType;

/**
 * One completion offered for a search text.
 *
 * @param entityId the entity
 * @param name     its canonical name
 * @param matched  the name or alias the text matched (equal to {@code name} when it was the name)
 * @param type     what it is, for the icon
 */
public record Suggestion(String entityId, String name, String matched, EntityType type) {

    /** Text for the completion list: the name, and the alias in brackets when the alias matched. */
    public String display() {
        return matched.equals(name) ? name : name + "  (" + matched + ")";
    }
}
