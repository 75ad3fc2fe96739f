package tieline.extract;

import java.util.List;
import tieline.model.Evidence;

/**
 * What the second pass found in one cable.
 *
 * @param mentions resolved mentions
 * @param evidence evidence built from them
 * @param roles    offices attested in the cable
 */
record CableExtraction(List<ResolvedMention> mentions, List<Evidence> evidence, List<RoleFact> roles) {
}
