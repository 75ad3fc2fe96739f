package tieline.workspace;

/**
 * What happened when an edit was applied: it took effect (perhaps with a remark, such as how many
 * mentions moved), or it no longer applies to the data (an entity id is gone, a piece of evidence
 * is no longer found) and changed nothing. Edits that no longer apply stay in the log, flagged.
 *
 * @param applied true when the edit changed the data
 * @param message a remark when applied (may be empty), or the reason it no longer applies
 */
public record ApplyResult(boolean applied, String message) {

    public ApplyResult {
        message = message == null ? "" : message;
    }

    /** The edit took effect. */
    public static ApplyResult done() {
        return new ApplyResult(true, "");
    }

    /** The edit took effect; {@code remark} says something worth knowing about it. */
    public static ApplyResult done(String remark) {
        return new ApplyResult(true, remark);
    }

    /** The edit no longer applies and changed nothing. */
    public static ApplyResult notApplicable(String reason) {
        return new ApplyResult(false, reason);
    }
}
