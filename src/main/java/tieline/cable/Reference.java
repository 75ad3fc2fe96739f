package tieline.cable;

/**
 * One entry of a cable's REF line.
 *
 * @param letter  the list letter (A, B, ...) or null for a single reference
 * @param text    the reference as written
 * @param cableId the canonical cable id when the text names a cable, else null
 */
public record Reference(String letter, String text, String cableId) {

    /** The cable id when known, else the text as written. */
    public String idOrText() {
        return cableId != null ? cableId : text;
    }
}
