package tieline.model;

/**
 * How two entities are linked by one piece of evidence, strongest first: a relationship's
 * strongest type is the one with the lowest ordinal among its evidence.
 */
public enum RelationType {
    ROLE, FAMILY, BUSINESS, MET, CORRESPONDED, CRITICIZED, DISCUSSED, MENTIONED_WITH;

    /** True when this type is stronger than the other. */
    public boolean isStrongerThan(RelationType other) {
        return ordinal() < other.ordinal();
    }
}
