package tieline.workspace.session;

import java.util.List;
import tieline.cable.CableProblem;
import tieline.workspace.HistoryEntry;
import tieline.workspace.file.SourceStatus;

/**
 * What opening a workspace found: the state of each cable file, files that could not be read,
 * and edits that no longer apply. Shown to the analyst after opening when not empty.
 *
 * @param sources       one status per recorded source
 * @param problems      recorded sources that no longer read as cables
 * @param notApplicable applied edits that no longer fit the data
 */
public record OpenReport(List<SourceStatus> sources, List<CableProblem> problems, List<HistoryEntry> notApplicable) {

    public OpenReport {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        notApplicable = List.copyOf(notApplicable);
    }

    /** True when every source was found unchanged, read, and every edit still applies. */
    public boolean clean() {
        return problems.isEmpty() && notApplicable.isEmpty()
                && sources.stream().allMatch(s -> s.state() == SourceStatus.State.UNCHANGED);
    }

    /** Sentences for the analyst, one per finding worth knowing. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        sources.stream().filter(s -> s.state() != SourceStatus.State.UNCHANGED).map(SourceStatus::describe)
                .forEach(lines::add);
        problems.stream().map(CableProblem::describe).forEach(lines::add);
        notApplicable.forEach(h -> lines.add("Edit " + (h.index() + 1) + " (" + h.description()
                + ") no longer applies: " + h.result().message()));
        return lines;
    }
}
