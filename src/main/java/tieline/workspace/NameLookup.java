package tieline.workspace;

/** Gives a readable name for an entity id, for edit descriptions in the history panel. */
@FunctionalInterface
public interface NameLookup {

    /** Shows ids as they are. */
    NameLookup IDS = id -> id;

    /** The entity's name, or the id when it is not known. */
    String nameOf(String entityId);
}
