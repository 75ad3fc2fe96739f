package tieline.extract;

import java.util.List;
import java.util.Set;
import tieline.cable.Cable;

/**
 * What the first, per-cable pass found in one cable before corpus-wide resolution.
 *
 * @param cable        the cable
 * @param paragraphs   its paragraphs prepared for extraction
 * @param candidates   what the rules found in the paragraphs
 * @param header       people named by the header and signature (paragraph 0)
 * @param countryWords country names and adjectives the cable uses
 */
record CableScan(Cable cable, List<ParagraphText> paragraphs, List<Candidate> candidates, List<Candidate> header,
                 Set<String> countryWords) {
}
