package tieline.workspace;

import tieline.model.Evidence;

/**
 * A piece of evidence in the curated data and whether the analyst added it by hand.
 *
 * @param evidence the evidence as it stands after the edits so far
 * @param manual   true when an {@link AddRelationship} edit created it
 */
record CuratedEvidence(Evidence evidence, boolean manual) {

    CuratedEvidence withEvidence(Evidence changed) {
        return changed == evidence ? this : new CuratedEvidence(changed, manual);
    }
}
