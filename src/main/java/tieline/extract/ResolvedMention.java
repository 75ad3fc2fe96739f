package tieline.extract;

import tieline.model.EntityType;

/**
 * A mention tied to its entity, with the title binding found beside it.
 *
 * @param entityId  the entity
 * @param type      its type
 * @param name      its canonical name
 * @param paragraph the paragraph's true number (0: header or signature)
 * @param start     offset in the paragraph text (the cable text for paragraph 0)
 * @param end       offset after it
 * @param surface   the text as written
 * @param title     the title the text gives the person here, or null
 * @param orgId     the organization that title names, or null
 * @param orgName   that organization's canonical name, or null
 * @param former    true when the title is a past one
 * @param reference true when the text names the person by office only ("the Ambassador")
 */
record ResolvedMention(String entityId, EntityType type, String name, int paragraph, int start, int end,
                       String surface, String title, String orgId, String orgName, boolean former,
                       boolean reference) {
}
