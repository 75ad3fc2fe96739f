package tieline.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of replaying the applied edits on a raw extraction.
 *
 * @param data    the curated data
 * @param results one result per applied edit, in order
 */
public record Replay(CuratedData data, List<ApplyResult> results) {

    public Replay {
        results = List.copyOf(results);
    }

    /** Positions (in the applied list) of the edits that no longer apply. */
    public List<Integer> notApplicable() {
        List<Integer> flagged = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).applied()) {
                flagged.add(i);
            }
        }
        return flagged;
    }
}
