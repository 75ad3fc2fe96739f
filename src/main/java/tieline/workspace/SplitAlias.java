package tieline.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Mention;

/**
 * Splits an alias back out of an entity into a new entity of its own (id from
 * {@link Entity#idFor}). Mentions whose surface text is the alias move to the new entity.
 * Evidence follows the mentions by cable and paragraph: it moves when the paragraph has no
 * other mention of the entity, or when its quote names the alias but none of the entity's
 * other surface texts in that paragraph. Roles stay with the original entity.
 *
 * @param entityId the entity that carries the alias
 * @param alias    the alias to split out
 * @param newType  the type of the new entity
 * @param at       when the edit was made
 */
public record SplitAlias(String entityId, String alias, EntityType newType, Instant at) implements Edit {

    public SplitAlias {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(newType, "newType");
    }

    /** The id the new entity gets. */
    public String newId() {
        return Entity.idFor(newType, alias);
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        Entity entity = data.entity(entityId).orElse(null);
        if (entity == null) {
            return Missing.entity(entityId);
        }
        String carried = entity.aliases().stream().filter(a -> a.equalsIgnoreCase(alias)).findFirst().orElse(null);
        if (carried == null) {
            return ApplyResult.notApplicable(entity.name() + " no longer has the alias \u201c" + alias + "\u201d");
        }
        String newId = newId();
        if (data.entity(newId).isPresent()) {
            return ApplyResult.notApplicable("an entity " + newId + " already exists; merge with it instead");
        }
        Set<String> moved = new HashSet<>();
        Map<String, Set<String>> remainingTexts = new HashMap<>();
        List<Integer> movedMentions = new ArrayList<>();
        for (int i : data.mentionIndices(entityId)) {
            Mention m = data.mention(i);
            String where = paragraphKey(m.cableId(), m.paragraph());
            if (m.text().equalsIgnoreCase(alias)) {
                movedMentions.add(i);
                moved.add(where);
            } else {
                remainingTexts.computeIfAbsent(where, k -> new HashSet<>()).add(m.text());
            }
        }
        data.reassignMentions(entityId, movedMentions, newId);
        int movedEvidence = 0;
        for (int i : data.evidenceIndices(entityId)) {
            CuratedEvidence c = data.evidenceAt(i);
            Evidence e = c.evidence();
            String where = paragraphKey(e.cableId(), e.paragraph());
            if (moved.contains(where) && followsAlias(e.quote(), remainingTexts.get(where))) {
                data.setEvidence(i, c.withEvidence(moveOneEnd(e, newId)));
                movedEvidence++;
            }
        }
        Set<String> aliases = new LinkedHashSet<>(entity.aliases());
        aliases.remove(carried);
        data.putEntity(new Entity(entityId, entity.type(), entity.name(), aliases, entity.roles()));
        data.putEntity(new Entity(newId, newType, carried, Set.of(), List.of()));
        int count = movedMentions.size();
        return ApplyResult.done(count + " mention" + (count == 1 ? "" : "s") + " and "
                + movedEvidence + " evidence moved to " + carried);
    }

    private boolean followsAlias(String quote, Set<String> otherTexts) {
        if (otherTexts == null || otherTexts.isEmpty()) {
            return true;
        }
        String q = quote == null ? "" : quote;
        return names(q, alias) && otherTexts.stream().noneMatch(t -> names(q, t));
    }

    private static boolean names(String quote, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(quote).find();
    }

    /** Moves the end that is the split entity; of a link internal to it, moves one end only. */
    private Evidence moveOneEnd(Evidence e, String newId) {
        if (e.sourceId().equals(entityId)) {
            return new Evidence(newId, e.targetId(), e.type(), e.cableId(), e.paragraph(), e.marking(), e.date(),
                    e.dateFrom(), e.quote());
        }
        return new Evidence(e.sourceId(), newId, e.type(), e.cableId(), e.paragraph(), e.marking(), e.date(),
                e.dateFrom(), e.quote());
    }

    private static String paragraphKey(String cableId, int paragraph) {
        return cableId + "#" + paragraph;
    }

    @Override
    public String describe(NameLookup names) {
        return "Split \u201c" + alias + "\u201d out of \u201c" + names.nameOf(entityId) + "\u201d as a "
                + newType.name().toLowerCase(Locale.ROOT);
    }

}
