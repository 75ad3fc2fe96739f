package tieline.workspace;

import java.util.Optional;

/**
 * The id of the relationship between two entities, {@code rel:<a>|<b>} with the two entity ids
 * in sorted order so that either direction names the same relationship.
 *
 * @param first  the entity id that sorts first
 * @param second the other entity id
 */
public record RelationshipId(String first, String second) {

    private static final String PREFIX = "rel:";

    /** The relationship between {@code a} and {@code b}, in either order. */
    public static RelationshipId of(String a, String b) {
        return a.compareTo(b) <= 0 ? new RelationshipId(a, b) : new RelationshipId(b, a);
    }

    /** Reads an id written by {@link #toString()}; empty when the text is not a relationship id. */
    public static Optional<RelationshipId> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String body = text.substring(PREFIX.length());
        int bar = body.indexOf('|');
        if (bar <= 0 || bar == body.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(of(body.substring(0, bar), body.substring(bar + 1)));
    }

    /** True when the relationship touches the entity. */
    public boolean touches(String entityId) {
        return first.equals(entityId) || second.equals(entityId);
    }

    @Override
    public String toString() {
        return PREFIX + first + "|" + second;
    }
}
