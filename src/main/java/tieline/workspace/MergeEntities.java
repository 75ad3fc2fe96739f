package tieline.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tieline.model.Entity;
import tieline.model.Role;

/**
 * Merges one entity into another: the merged entity's mentions and evidence move to the kept
 * one, its name and aliases become aliases, its roles are added, its notes are appended, and
 * the two relationships' timelines combine. Evidence that linked the two becomes internal to
 * the kept entity (kept, never a self-loop).
 *
 * @param keepId   the entity that stays
 * @param mergedId the entity that disappears into it
 * @param at       when the edit was made
 */
public record MergeEntities(String keepId, String mergedId, Instant at) implements Edit {

    public MergeEntities {
        Objects.requireNonNull(keepId, "keepId");
        Objects.requireNonNull(mergedId, "mergedId");
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        if (keepId.equals(mergedId)) {
            return ApplyResult.notApplicable("an entity cannot be merged with itself");
        }
        Entity keep = data.entity(keepId).orElse(null);
        if (keep == null) {
            return Missing.entity(keepId);
        }
        Entity merged = data.entity(mergedId).orElse(null);
        if (merged == null) {
            return Missing.entity(mergedId);
        }
        Set<String> aliases = new LinkedHashSet<>(keep.aliases());
        aliases.add(merged.name());
        aliases.addAll(merged.aliases());
        aliases.remove(keep.name());
        List<Role> roles = new ArrayList<>(keep.roles());
        merged.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        String mergedNote = data.notes().get(mergedId);
        data.removeEntity(mergedId);
        data.mutableNotes().remove(mergedId);
        data.putEntity(new Entity(keepId, keep.type(), keep.name(), aliases, roles));
        int internal = data.redirect(mergedId, keepId);
        if (mergedNote != null) {
            data.mutableNotes().merge(keepId, mergedNote, CuratedData::joinNotes);
        }
        return internal == 0 ? ApplyResult.done()
                : ApplyResult.done(internal + " evidence between the two names is now internal to " + keep.name());
    }

    @Override
    public String describe(NameLookup names) {
        return "Merged \u201c" + names.nameOf(mergedId) + "\u201d into \u201c" + names.nameOf(keepId) + "\u201d";
    }
}
