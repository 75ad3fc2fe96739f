package tieline.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tieline.model.EntityType;

/**
 * Adds a name to the gazetteer so that extraction finds it. Unlike the other edits this one
 * changes the extractor's input: the session re-extracts with every addition in the applied
 * part of the log before replaying the edits, so applying it here records the addition and
 * reports whether the loaded cables mention the name.
 *
 * @param name    canonical name
 * @param type    what it is
 * @param aliases other names it goes by
 * @param at      when the edit was made
 */
public record AddToGazetteer(String name, EntityType type, List<String> aliases, Instant at)
        implements Edit {

    public AddToGazetteer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The gazetteer entry this edit adds. */
    public GazetteerAddition addition() {
        return new GazetteerAddition(name.strip(), type, aliases);
    }

    /** Why this addition cannot be made to the data, or null when it can (checked before re-extracting). */
    String refusal(CuratedData data) {
        GazetteerAddition addition = addition();
        if (!addition.isUsable()) {
            return "a gazetteer name cannot be empty";
        }
        if (data.gazetteerAdditions().contains(addition)) {
            return "\u201c" + addition.name() + "\u201d is already added to the gazetteer";
        }
        return null;
    }

    @Override
    public ApplyResult apply(CuratedData data) {
        String refusal = refusal(data);
        if (refusal != null) {
            return ApplyResult.notApplicable(refusal);
        }
        GazetteerAddition addition = addition();
        data.mutableGazetteerAdditions().add(addition);
        String id = addition.entityId();
        int mentions = data.mentionCount(id);
        return ApplyResult.done(mentions == 0 ? "not mentioned in the loaded cables"
                : mentions + " mention" + (mentions == 1 ? "" : "s") + " in the loaded cables");
    }

    @Override
    public String describe(NameLookup names) {
        return "Added \u201c" + name.strip() + "\u201d (" + type.name().toLowerCase(Locale.ROOT) + ") to the gazetteer"
                + (aliases.isEmpty() ? "" : ", also known as " + String.join(", ", aliases));
    }
}
