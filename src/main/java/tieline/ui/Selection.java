package tieline.ui;

/**
 * What the analyst has selected: nothing, an entity or a relationship (by id).
 *
 * @param kind what is selected
 * @param id   the entity or relationship id; null for {@link Kind#NONE}
 */
public record Selection(Kind kind, String id) {

    /** The kinds of selection. */
    public enum Kind { NONE, ENTITY, RELATIONSHIP }

    public static final Selection NONE = new Selection(Kind.NONE, null);

    public static Selection entity(String id) {
        return new Selection(Kind.ENTITY, id);
    }

    public static Selection relationship(String id) {
        return new Selection(Kind.RELATIONSHIP, id);
    }

    public boolean isEntity() {
        return kind == Kind.ENTITY;
    }

    public boolean isRelationship() {
        return kind == Kind.RELATIONSHIP;
    }
}
