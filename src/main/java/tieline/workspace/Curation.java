package tieline.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tieline.cable.Cable;
import tieline.model.Extraction;

/**
 * The analyst's corrections at work: the loaded cables, their raw extraction, the edit log and
 * the curated data they give. Performing an edit applies it to the current data; undo replays
 * the remaining prefix of the log from the raw extraction (simple and always right); redo
 * applies the next edit. Gazetteer additions change the raw extraction itself, so crossing one
 * re-runs the extractor (raw extractions are not cached beyond the current one).
 */
public final class Curation {

    private final ExtractionEngine engine;
    private final EditLog log;
    private List<Cable> cables;
    private List<GazetteerAddition> rawAdditions;
    private Extraction raw;
    private CuratedData data;
    private List<ApplyResult> results;

    /** Extracts the cables and replays the applied part of the log. */
    public Curation(ExtractionEngine engine, List<Cable> cables, EditLog log) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.log = Objects.requireNonNull(log, "log");
        this.cables = List.copyOf(cables);
        reextract();
    }

    /**
     * Applies an edit and records it in the log. An edit that does not apply to the current data
     * is refused: it changes nothing and is not recorded.
     */
    public ApplyResult perform(Edit edit) {
        if (edit instanceof AddToGazetteer g) {
            String refusal = g.refusal(data);
            if (refusal != null) {
                return ApplyResult.notApplicable(refusal);
            }
            log.perform(edit);
            rebuild();
            return results.get(results.size() - 1);
        }
        ApplyResult r = edit.apply(data);
        if (r.applied()) {
            log.perform(edit);
            results.add(r);
        }
        return r;
    }

    /** Takes back the last applied edit; false when there is none. */
    public boolean undo() {
        if (log.undo().isEmpty()) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Re-applies the next undone edit; false when there is none. */
    public boolean redo() {
        Edit next = log.redo().orElse(null);
        if (next == null) {
            return false;
        }
        if (next instanceof AddToGazetteer) {
            rebuild();
        } else {
            results.add(next.apply(data));
        }
        return true;
    }

    /** Replaces the cables (after some were added or re-read), re-extracts and replays the edits. */
    public void setCables(List<Cable> newCables) {
        this.cables = List.copyOf(newCables);
        reextract();
    }

    /** The curated data as it stands. */
    public CuratedData data() {
        return data;
    }

    /** The extraction before any edit. */
    public Extraction raw() {
        return raw;
    }

    public List<Cable> cables() {
        return cables;
    }

    public EditLog log() {
        return log;
    }

    /** One result per applied edit, in order. */
    public List<ApplyResult> results() {
        return List.copyOf(results);
    }

    /** The history panel's rows, named with the current names. */
    public List<HistoryEntry> history() {
        return log.history(results, data.names());
    }

    /** The applied edits that no longer apply to the data, with their reasons. */
    public List<HistoryEntry> notApplicable() {
        return history().stream().filter(HistoryEntry::flagged).toList();
    }

    private void reextract() {
        rawAdditions = log.gazetteerAdditions();
        raw = engine.extract(cables, rawAdditions);
        replay();
    }

    private void rebuild() {
        if (!log.gazetteerAdditions().equals(rawAdditions)) {
            reextract();
        } else {
            replay();
        }
    }

    private void replay() {
        Replay replay = log.replay(raw);
        data = replay.data();
        results = new ArrayList<>(replay.results());
    }
}
