package tieline.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Attaches the analyst's note to an entity or a relationship ({@link RelationshipId} text),
 * replacing any earlier note; an empty text removes the note.
 *
 * @param targetId an entity id or a relationship id
 * @param text     the note
 * @param at       when the edit was made
 */
public record AttachNote(String targetId, String text, Instant at) implements Edit {

    public AttachNote {
        Objects.requireNonNull(targetId, "targetId");
        text = text == null ? "" : text.strip();
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        Optional<RelationshipId> rel = RelationshipId.parse(targetId);
        String key;
        if (rel.isPresent()) {
            if (data.entity(rel.get().first()).isEmpty()) {
                return Missing.entity(rel.get().first());
            }
            if (data.entity(rel.get().second()).isEmpty()) {
                return Missing.entity(rel.get().second());
            }
            if (!data.hasRelationship(rel.get())) {
                return ApplyResult.notApplicable("no evidence links " + rel.get().first() + " and "
                        + rel.get().second() + " any more");
            }
            key = rel.get().toString();
        } else {
            if (data.entity(targetId).isEmpty()) {
                return Missing.entity(targetId);
            }
            key = targetId;
        }
        if (text.isEmpty()) {
            if (data.mutableNotes().remove(key) == null) {
                return ApplyResult.notApplicable("there is no note on " + key + " to remove");
            }
            return ApplyResult.done();
        }
        data.mutableNotes().put(key, text);
        return ApplyResult.done();
    }

    @Override
    public String describe(NameLookup names) {
        return (text.isEmpty() ? "Removed the note on \u201c" : "Noted on \u201c") + names.nameOf(targetId) + "\u201d"
                + (text.isEmpty() ? "" : ": " + abbreviate(text));
    }

    private static String abbreviate(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }
}
