package tieline.workspace;

/** The standard reasons an edit no longer applies, worded the same way for every edit. */
final class Missing {

    private Missing() {
    }

    static ApplyResult entity(String id) {
        return ApplyResult.notApplicable("entity " + id + " no longer exists");
    }
}
