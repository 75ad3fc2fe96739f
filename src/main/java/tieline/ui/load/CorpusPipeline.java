package tieline.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tieline.cable.Cable;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.ReadProgress;
import tieline.cable.ReadResult;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;
import tieline.workspace.Pin;
import tieline.workspace.session.AddReport;
import tieline.workspace.session.LoadedSource;
import tieline.workspace.session.WorkspaceSession;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.graph.GraphSceneFactory;
import tieline.ui.graph.NodePositions;

/**
 * The load pipeline the app runs in the background: read files, add the new cables to the
 * open ones, extract, build the graph and lay it out keeping known places. With a
 * {@link WorkspaceSession} the session reads and extracts (and replays the analyst's edits),
 * and the graph is built from its curated data. Every failure
 * becomes a {@link LoadProblem}; nothing is thrown, and when nothing new can be shown the
 * outcome says so and the current graph stays. Plain Java, no JavaFX.
 */
public final class CorpusPipeline {

    /** Receives progress: a fraction 0..1 and a sentence saying what is happening. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String message);
    }

    private static final double READ_SHARE = 0.45;
    private static final double EXTRACT_END = 0.75;
    private static final double GRAPH_END = 0.8;

    private final CableReader reader;
    private final Gazetteer gazetteer;
    private final GraphLayouter layouter;

    public CorpusPipeline(CableReader reader, Gazetteer gazetteer, GraphLayouter layouter) {
        this.reader = reader;
        this.gazetteer = gazetteer;
        this.layouter = layouter;
    }

    /**
     * Reads {@code paths} and rebuilds the graph over {@code open} plus the new cables.
     *
     * @param open      cables already open
     * @param positions the current picture (kept for entities still present)
     */
    public LoadOutcome load(List<Cable> open, List<Path> paths, NodePositions positions, Progress progress,
                            BooleanSupplier cancelled) {
        List<LoadProblem> problems = new ArrayList<>();
        progress.update(0, "Reading " + describe(paths) + "\u2026");
        ReadResult read;
        try {
            read = reader.read(paths, reading(progress), cancelled);
        } catch (RuntimeException e) {
            problems.add(new LoadProblem(describe(paths), 0, "could not be read: " + e));
            return unchanged(open, problems, false);
        }
        read.problems().stream().map(LoadProblem::of).forEach(problems::add);
        if (cancelled.getAsBoolean()) {
            return unchanged(open, problems, true);
        }
        List<Cable> all = new ArrayList<>(open);
        Set<String> known = new HashSet<>();
        open.forEach(c -> known.add(key(c)));
        int added = 0;
        for (Cable c : read.cables()) {
            if (known.add(key(c))) {
                all.add(c);
                added++;
            }
        }
        if (added == 0) {
            return unchanged(open, problems, false);
        }
        try {
            progress.update(READ_SHARE, String.format(Locale.ROOT, "Finding people, organizations and topics in %,d cables\u2026",
                    all.size()));
            Extraction extraction = new Extractor(gazetteer).extract(all);
            if (cancelled.getAsBoolean()) {
                return unchanged(open, problems, true);
            }
            return graphAndLayout(all, extraction, positions, added, problems, progress, cancelled);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new LoadProblem(describe(paths), 0,
                    "the cables were read but finding entities and relationships failed (" + e
                            + "); the graph shown is unchanged"));
            return unchanged(open, problems, false);
        }
    }

    /**
     * Adds files and folders to a workspace: the session reads only files it does not hold yet,
     * extracts again over all its cables and replays the analyst's edits; then the graph of the
     * curated data is built and laid out, keeping known places and the workspace's pins.
     */
    public LoadOutcome add(WorkspaceSession session, List<Path> paths, NodePositions positions, Progress progress,
                           BooleanSupplier cancelled) {
        List<Cable> open = session.sources().stream().map(LoadedSource::cable).toList();
        List<LoadProblem> problems = new ArrayList<>();
        progress.update(0, "Reading " + describe(paths) + "\u2026");
        AddReport report;
        try {
            report = session.addSources(paths, reading(progress));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new LoadProblem(describe(paths), 0,
                    "could not be added (" + e + "); the graph shown is unchanged"));
            return unchanged(open, problems, false);
        }
        report.problems().stream().map(LoadProblem::of).forEach(problems::add);
        report.duplicates().forEach(d -> problems.add(new LoadProblem("(duplicate)", 0, d)));
        report.notApplicable().forEach(h -> problems.add(new LoadProblem("(edit " + (h.index() + 1) + ")", 0,
                h.description() + " no longer applies: " + h.result().message())));
        if (report.added() == 0) {
            return unchanged(open, problems, false);
        }
        return rebuild(session, positions, report.added(), problems, progress, cancelled);
    }

    /**
     * The graph of a workspace's curated data, laid out from the current picture with the
     * workspace's pins: entities keep their places, newcomers settle near their neighbours.
     *
     * @param added how many cables were just added (0 after an edit)
     */
    public LoadOutcome rebuild(WorkspaceSession session, NodePositions positions, int added, List<LoadProblem> problems,
                               Progress progress, BooleanSupplier cancelled) {
        List<Cable> all = session.sources().stream().map(LoadedSource::cable).toList();
        NodePositions pinned = positions.copy();
        Map<String, Pin> pins = session.data().pins();
        for (String id : List.copyOf(pinned.pinned())) {
            if (!pins.containsKey(id)) {
                pinned.setPinned(id, false);
            }
        }
        pins.forEach((id, pin) -> {
            pinned.set(id, pin.x(), pin.y());
            pinned.setPinned(id, true);
        });
        List<LoadProblem> found = new ArrayList<>(problems);
        try {
            return graphAndLayout(all, session.data().visibleExtraction(), pinned, added, found, progress, cancelled);
        } catch (RuntimeException | StackOverflowError e) {
            found.add(new LoadProblem("(workspace)", 0, "the graph could not be built (" + e
                    + "); the graph shown is unchanged"));
            return unchanged(all, found, false);
        }
    }

    private LoadOutcome graphAndLayout(List<Cable> all, Extraction extraction, NodePositions positions, int added,
                                       List<LoadProblem> problems, Progress progress, BooleanSupplier cancelled) {
        progress.update(EXTRACT_END, "Building the relationship graph\u2026");
        RelationshipGraph graph = RelationshipGraph.build(extraction);
        problems.addAll(GraphNotes.rows(all, graph.skipped()));
        int vertices = graph.jgraph().vertexSet().size();
        String layingOut = String.format(Locale.ROOT, "Laying out %,d entities\u2026", vertices);
        progress.update(GRAPH_END, layingOut);
        NodePositions laidOut = layouter.layout(graph.jgraph(), entityIds(graph), positions, cancelled,
                f -> progress.update(GRAPH_END + (1 - GRAPH_END) * f, layingOut));
        if (cancelled.getAsBoolean()) {
            return unchanged(all, problems, true);
        }
        Map<String, Double> importance =
                GraphSceneFactory.importance(graph.view().centrality().pageRankScores());
        long withoutId = GraphNotes.withoutId(all);
        progress.update(1, String.format(Locale.ROOT, "%,d cables%s, %,d entities, %,d relationships",
                all.size(), withoutId == 0 ? "" : String.format(Locale.ROOT, " (%,d without an id)", withoutId),
                vertices, graph.relationships().size()));
        return new LoadOutcome(all, extraction, graph, laidOut, importance, problems, added, false);
    }

    /** Lays the current graph out afresh (only pinned entities keep their places). */
    public LoadOutcome relayout(LoadOutcome current, Progress progress, BooleanSupplier cancelled) {
        if (current == null || !current.changed()) {
            return unchanged(current == null ? List.of() : current.cables(), List.of(), false);
        }
        String message = String.format(Locale.ROOT, "Laying out %,d entities afresh\u2026", current.graph().entities().size());
        progress.update(0, message);
        try {
            NodePositions laidOut = layouter.relayout(current.graph().jgraph(), entityIds(current.graph()),
                    current.positions(), cancelled,
                    f -> progress.update(f, message));
            if (cancelled.getAsBoolean()) {
                return unchanged(current.cables(), List.of(), true);
            }
            progress.update(1, "Layout done");
            return new LoadOutcome(current.cables(), current.extraction(), current.graph(), laidOut,
                    current.importance(), List.of(), 0, false);
        } catch (RuntimeException e) {
            return unchanged(current.cables(), List.of(new LoadProblem("(layout)", 0, "the layout failed: " + e)), false);
        }
    }

    /** Every entity the unfiltered view shows: each needs a place, linked or not. */
    private static List<String> entityIds(RelationshipGraph graph) {
        return graph.view().entities().stream().map(tieline.model.Entity::id).toList();
    }

    private static LoadOutcome unchanged(List<Cable> open, List<LoadProblem> problems, boolean cancelled) {
        return new LoadOutcome(open, null, null, null, Map.of(), problems, 0, cancelled);
    }

    private static String key(Cable c) {
        return c.id() != null ? c.id() : "source:" + c.source();
    }

    /** Reading counts as the first part of the bar, naming the file being read. */
    private static ReadProgress reading(Progress progress) {
        return (done, total, file) -> progress.update(READ_SHARE * done / Math.max(1, total),
                String.format(Locale.ROOT, "Reading %,d of %,d: %s", done, total, Path.of(file).getFileName()));
    }

    private static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            return paths.get(0).toString();
        }
        return paths.size() + " files and folders";
    }
}
