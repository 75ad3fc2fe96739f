package tieline.workspace.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tieline.cable.Cable;
import tieline.cable.CableParser;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.ReadProgress;
import tieline.model.Entity;
import tieline.workspace.ApplyResult;
import tieline.workspace.CuratedData;
import tieline.workspace.Curation;
import tieline.workspace.Edit;
import tieline.workspace.EditLog;
import tieline.workspace.ExtractionEngine;
import tieline.workspace.HistoryEntry;
import tieline.workspace.Pin;
import tieline.workspace.file.ContentHash;
import tieline.workspace.file.EditHistory;
import tieline.workspace.file.NodePosition;
import tieline.workspace.file.RecoveryCandidate;
import tieline.workspace.file.SourceCheck;
import tieline.workspace.file.SourcePaths;
import tieline.workspace.file.SourceRef;
import tieline.workspace.file.SourceStatus;
import tieline.workspace.file.ViewState;
import tieline.workspace.file.WorkspaceFile;
import tieline.workspace.file.WorkspaceLoadException;
import tieline.workspace.file.WorkspaceStore;

/**
 * An open workspace: the cable files it was built from, their curated extraction with the edit
 * log, the layout positions and the view state, and where it is saved. Adding cables reads only
 * files not already loaded, then re-extracts over all cables (resolution is corpus-wide) and
 * replays the edits, keeping every existing position. Not thread-safe: the owner runs long
 * operations (adding cables, opening) on a worker while no edits are made.
 */
public final class WorkspaceSession {

    private final CableReader reader;
    private final List<LoadedSource> sources = new ArrayList<>();
    private final Map<Path, LoadedSource> byPath = new HashMap<>();
    private final Map<String, LoadedSource> byHash = new HashMap<>();
    private final Map<String, LoadedSource> byCableId = new HashMap<>();
    private final Curation curation;
    private final Map<String, NodePosition> positions = new LinkedHashMap<>();
    private ViewState view = ViewState.initial();
    private Path file;
    private long changes;
    private long savedChanges;

    private WorkspaceSession(CableReader reader, ExtractionEngine engine, List<LoadedSource> loaded, EditLog log) {
        this.reader = Objects.requireNonNull(reader, "reader");
        loaded.forEach(this::remember);
        this.curation = new Curation(engine, cables(), log);
    }

    /** A new, untitled, empty workspace. */
    public static WorkspaceSession create(CableReader reader, ExtractionEngine engine) {
        return new WorkspaceSession(reader, engine, List.of(), new EditLog());
    }

    /** An opened workspace and what opening it found. */
    public record Opened(WorkspaceSession session, OpenReport report) {
    }

    /**
     * Opens a saved workspace: reads the file completely (see {@link WorkspaceStore#load}), checks
     * its cable files by hash, reads those still there (from where they moved to, if they moved),
     * re-extracts and replays the edits.
     *
     * @throws WorkspaceLoadException when the file cannot be opened; nothing is opened then
     */
    public static Opened open(Path workspace, WorkspaceStore store, CableReader reader, ExtractionEngine engine)
            throws WorkspaceLoadException {
        WorkspaceFile saved = store.load(workspace);
        Path folder = workspace.toAbsolutePath().normalize().getParent();
        Opened opened = from(saved, folder, reader, engine);
        opened.session().file = workspace.toAbsolutePath().normalize();
        boolean sourcesMoved = opened.report().sources().stream()
                .anyMatch(s -> s.state() == SourceStatus.State.MOVED || s.state() == SourceStatus.State.CHANGED);
        opened.session().savedChanges = sourcesMoved ? -1 : 0;
        return opened;
    }

    /**
     * Restores the unsaved state a recovery file holds. The session belongs to the workspace the
     * recovery file was made for (untitled when none) and counts as unsaved.
     */
    public static Opened restore(RecoveryCandidate candidate, CableReader reader, ExtractionEngine engine) {
        if (!candidate.restorable()) {
            throw new IllegalArgumentException(candidate.describe());
        }
        Opened opened = from(candidate.workspace(), null, reader, engine);
        opened.session().file = candidate.recoveryOf();
        opened.session().savedChanges = -1;
        return opened;
    }

    private static Opened from(WorkspaceFile saved, Path folder, CableReader reader, ExtractionEngine engine) {
        List<SourceStatus> statuses = SourceCheck.check(folder, saved.sources());
        List<LoadedSource> loaded = new ArrayList<>();
        List<CableProblem> problems = new ArrayList<>();
        Set<String> cableIds = new HashSet<>();
        for (SourceStatus s : statuses) {
            if (s.state() == SourceStatus.State.MISSING) {
                continue;
            }
            ReadOutcome r = read(reader, s.path());
            if (r.problem() != null) {
                problems.add(r.problem());
            } else if (cableIds.add(r.source().cable().id())) {
                loaded.add(r.source());
            }
        }
        WorkspaceSession session = new WorkspaceSession(reader, engine, loaded, saved.edits().toLog());
        saved.positions().forEach(p -> session.positions.put(p.id(), p));
        session.view = saved.view();
        return new Opened(session, new OpenReport(statuses, problems, session.curation.notApplicable()));
    }

    // ---- cables ----

    /** Adds cables without progress reports; see {@link #addSources(List, ReadProgress)}. */
    public AddReport addSources(List<Path> paths) {
        return addSources(paths, ReadProgress.NONE);
    }

    /**
     * Adds cable files and folders. Files already in the workspace (by path) are not read again;
     * a file whose content or cable id is already loaded is skipped as a duplicate. When anything
     * was added, extraction runs again over all cables and the edits are replayed; positions of
     * entities already there are kept.
     */
    public AddReport addSources(List<Path> paths, ReadProgress progress) {
        List<CableProblem> problems = new ArrayList<>();
        List<Path> files = reader.listFiles(paths, problems);
        List<String> duplicates = new ArrayList<>();
        int read = 0;
        int known = 0;
        int added = 0;
        int done = 0;
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            progress.update(++done, files.size(), abs.toString());
            if (byPath.containsKey(abs)) {
                known++;
                continue;
            }
            read++;
            ReadOutcome r = read(reader, abs);
            if (r.problem() != null) {
                problems.add(r.problem());
                continue;
            }
            LoadedSource s = r.source();
            LoadedSource sameContent = byHash.get(s.sha256());
            // a cable without an id (a partial extract) is only ever a duplicate by content
            LoadedSource sameCable = s.cable().id() == null ? null : byCableId.get(s.cable().id());
            if (sameContent != null) {
                duplicates.add(abs + ": same content as " + sameContent.path() + ", not added again");
            } else if (sameCable != null) {
                duplicates.add(abs + ": cable " + s.cable().id() + " is already loaded from " + sameCable.path()
                        + ", not added again");
            } else {
                remember(s);
                added++;
            }
        }
        Set<String> before = entityIds();
        if (added > 0) {
            curation.setCables(cables());
            changes++;
        }
        Set<String> fresh = new HashSet<>(entityIds());
        fresh.removeAll(before);
        return new AddReport(files.size(), read, known, duplicates, problems, fresh, curation.notApplicable());
    }

    private record ReadOutcome(LoadedSource source, CableProblem problem) {
    }

    private static ReadOutcome read(CableReader reader, Path file) {
        try {
            if (Files.size(file) > CableReader.DEFAULT_MAX_BYTES) {
                return new ReadOutcome(null, reader.readFile(file).problem());
            }
            byte[] bytes = Files.readAllBytes(file);
            CableParser.Outcome outcome = reader.readBytes(file, bytes);
            if (outcome.cable() == null) {
                return new ReadOutcome(null, outcome.problem());
            }
            return new ReadOutcome(new LoadedSource(file, ContentHash.of(bytes), bytes.length, outcome.cable()), null);
        } catch (IOException | SecurityException e) {
            return new ReadOutcome(null, new CableProblem(file.toString(), 0, CableProblem.Kind.UNREADABLE,
                    "cannot read file: " + e.getMessage()));
        }
    }

    private void remember(LoadedSource s) {
        sources.add(s);
        byPath.put(s.path(), s);
        byHash.putIfAbsent(s.sha256(), s);
        if (s.cable().id() != null) {
            byCableId.putIfAbsent(s.cable().id(), s);
        }
    }

    private List<Cable> cables() {
        return sources.stream().map(LoadedSource::cable).toList();
    }

    private Set<String> entityIds() {
        return curation == null ? Set.of() : curation.data().entities().stream().map(Entity::id)
                .collect(Collectors.toSet());
    }

    /** The cable files, in the order they were added. */
    public List<LoadedSource> sources() {
        return Collections.unmodifiableList(sources);
    }

    // ---- edits ----

    /** Applies and records an edit; one that does not apply is refused and not recorded. */
    public ApplyResult perform(Edit edit) {
        ApplyResult r = curation.perform(edit);
        if (r.applied()) {
            changes++;
        }
        return r;
    }

    public boolean undo() {
        boolean done = curation.undo();
        if (done) {
            changes++;
        }
        return done;
    }

    public boolean redo() {
        boolean done = curation.redo();
        if (done) {
            changes++;
        }
        return done;
    }

    public boolean canUndo() {
        return curation.log().canUndo();
    }

    public boolean canRedo() {
        return curation.log().canRedo();
    }

    /** The curated data as it stands: what the graph is built from ({@link CuratedData#visibleExtraction()}). */
    public CuratedData data() {
        return curation.data();
    }

    /** The history panel's rows. */
    public List<HistoryEntry> history() {
        return curation.history();
    }

    /** The applied edits that no longer fit the data. */
    public List<HistoryEntry> notApplicable() {
        return curation.notApplicable();
    }

    public EditLog log() {
        return curation.log();
    }

    // ---- layout and view ----

    /** Last known position of every entity that has one; pinned entities at their pins. */
    public Map<String, NodePosition> positions() {
        Map<String, Pin> pins = curation.data().pins();
        Map<String, NodePosition> out = new LinkedHashMap<>();
        positions.forEach((id, p) -> out.put(id, new NodePosition(id, p.x(), p.y(), false)));
        pins.forEach((id, pin) -> out.put(id, new NodePosition(id, pin.x(), pin.y(), true)));
        return Collections.unmodifiableMap(out);
    }

    /** Records where the layout put entities (not an edit: the layout moves things all the time). */
    public void updatePositions(Collection<NodePosition> moved) {
        for (NodePosition p : moved) {
            positions.put(p.id(), new NodePosition(p.id(), p.x(), p.y(), false));
        }
    }

    public ViewState view() {
        return view;
    }

    /** Records the view state (filter, zoom, pan, theme, selection); saved with the workspace. */
    public void setView(ViewState view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    // ---- saving ----

    /** Where the workspace is saved, empty while untitled. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** True when cables or edits changed since the last save (or since opening). */
    public boolean isDirty() {
        return changes != savedChanges;
    }

    /**
     * The workspace as a file would hold it, with source paths relative to {@code target}'s folder
     * when inside it (absolute when {@code target} is null, as recovery files need).
     */
    public WorkspaceFile snapshot(Path target, Instant now) {
        Path folder = target == null ? null : target.toAbsolutePath().normalize().getParent();
        List<SourceRef> refs = sources.stream()
                .map(s -> new SourceRef(SourcePaths.toRecorded(folder, s.path()), s.sha256(), s.size())).toList();
        return WorkspaceFile.of(now, refs, EditHistory.of(curation.log()), List.copyOf(positions().values()), view);
    }

    /** Saves durably to {@code target} (keeping the previous version as a backup) and remembers it as the workspace's file. */
    public void saveAs(Path target, WorkspaceStore store, Instant now) throws IOException {
        store.save(target, snapshot(target, now));
        file = target.toAbsolutePath().normalize();
        savedChanges = changes;
    }
}
