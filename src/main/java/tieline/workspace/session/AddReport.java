package tieline.workspace.session;

import java.util.List;
import java.util.Set;
import tieline.cable.CableProblem;
import tieline.workspace.HistoryEntry;

/**
 * What adding cable files to a workspace did.
 *
 * @param listed          files the given paths held
 * @param read            files read and parsed (new ones only)
 * @param alreadyLoaded   files skipped because the workspace already holds that path
 * @param duplicates      files skipped because their content or cable id is already loaded, one sentence each
 * @param problems        files that are not readable cables
 * @param newEntityIds    entities that were not in the workspace before (to be placed near their neighbours)
 * @param notApplicable   applied edits that no longer fit the data after re-extraction
 */
public record AddReport(int listed, int read, int alreadyLoaded, List<String> duplicates, List<CableProblem> problems,
                        Set<String> newEntityIds, List<HistoryEntry> notApplicable) {

    public AddReport {
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
        newEntityIds = Set.copyOf(newEntityIds);
        notApplicable = List.copyOf(notApplicable);
    }

    /** How many cables were added. */
    public int added() {
        return read - problems.size() - duplicates.size();
    }
}
