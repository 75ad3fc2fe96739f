package tieline.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * Names one piece of evidence in a way that survives re-reading the cables: the cable, the
 * paragraph, the two entities (in sorted order), the relation type and a hash of the quote
 * with its white space normalised. Extraction order and list positions play no part.
 *
 * @param cableId   the cable, or null for evidence added by hand without a source
 * @param paragraph the paragraph number (0 without a source)
 * @param first     the entity id that sorts first
 * @param second    the other entity id
 * @param type      the relation type
 * @param quoteHash the first 16 hex digits of the SHA-256 of the normalised quote
 */
public record EvidenceKey(String cableId, int paragraph, String first, String second, RelationType type,
                          String quoteHash) {

    /** The key of a piece of evidence. */
    public static EvidenceKey of(Evidence e) {
        RelationshipId pair = RelationshipId.of(e.sourceId(), e.targetId());
        return new EvidenceKey(e.cableId(), e.paragraph(), pair.first(), pair.second(), e.type(),
                quoteHash(e.quote()));
    }

    /** True when this key names the evidence. */
    public boolean matches(Evidence e) {
        if (e.paragraph() != paragraph || e.type() != type || !java.util.Objects.equals(e.cableId(), cableId)) {
            return false;
        }
        boolean samePair = e.sourceId().equals(first) && e.targetId().equals(second)
                || e.sourceId().equals(second) && e.targetId().equals(first);
        return samePair && quoteHash(e.quote()).equals(quoteHash);
    }

    /** The relationship the evidence belongs to. */
    public RelationshipId relationship() {
        return new RelationshipId(first, second);
    }

    static String quoteHash(String quote) {
        String normalised = quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
