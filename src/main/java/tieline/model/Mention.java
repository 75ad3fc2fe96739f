package tieline.model;

/**
 * One place a cable names an entity.
 *
 * @param entityId  the entity mentioned
 * @param cableId   the cable
 * @param paragraph the paragraph's true number
 * @param start     character offset of the mention in the paragraph text
 * @param end       offset after the mention
 * @param text      the surface text, e.g. {@code Azimov}
 */
public record Mention(String entityId, String cableId, int paragraph, int start, int end, String text) {
}
