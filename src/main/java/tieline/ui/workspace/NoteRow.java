package tieline.ui.workspace;

/**
 * A row of the notes panel.
 *
 * @param targetId the entity id or relationship id the note is on
 * @param target   its readable name
 * @param text     the note
 */
public record NoteRow(String targetId, String target, String text) {
}
