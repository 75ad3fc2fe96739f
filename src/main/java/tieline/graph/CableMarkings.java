package tieline.graph;

import java.util.HashMap;
import java.util.Map;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.Paragraph;

/** Looks up the marking a paragraph is read under: its portion marking, else its cable's classification. */
final class CableMarkings {

    private final Map<String, Cable> cables;
    private final Map<String, Classification[]> byParagraph = new HashMap<>();

    CableMarkings(Map<String, Cable> cables) {
        this.cables = cables;
        for (Cable c : cables.values()) {
            int max = 0;
            for (Paragraph p : c.paragraphs()) {
                max = Math.max(max, p.number());
            }
            Classification[] marks = new Classification[max + 1];
            for (Paragraph p : c.paragraphs()) {
                if (p.number() >= 0) {
                    marks[p.number()] = p.marking();
                }
            }
            byParagraph.put(c.key(), marks);
        }
    }

    /** The marking of a paragraph, or the cable's classification when unmarked; null when neither is known. */
    Classification markingOf(String cableId, int paragraph) {
        Classification[] marks = byParagraph.get(cableId);
        if (marks != null && paragraph >= 0 && paragraph < marks.length && marks[paragraph] != null) {
            return marks[paragraph];
        }
        Cable c = cables.get(cableId);
        return c == null ? null : c.classification();
    }
}
