package tieline.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tieline.cable.Cable;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.ReadResult;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.graph.NodePositions;

/**
 * The load pipeline the app runs in the background: read files, add the new cables to the
 * open ones, extract, build the graph and lay it out keeping known places. Every failure
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
            read = reader.read(paths, (done, total, file) -> progress.update(READ_SHARE * done / Math.max(1, total),
                    String.format(Locale.ROOT, "Reading %,d of %,d: %s", done, total, Path.of(file).getFileName())),
                    cancelled);
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
            progress.update(EXTRACT_END, "Building the relationship graph\u2026");
            RelationshipGraph graph = RelationshipGraph.build(extraction);
            graph.skipped().forEach(s -> problems.add(new LoadProblem("(graph)", 0, s)));
            progress.update(GRAPH_END, String.format(Locale.ROOT, "Laying out %,d entities\u2026", graph.entities().size()));
            NodePositions laidOut = layouter.layout(graph.jgraph(), positions, cancelled,
                    f -> progress.update(GRAPH_END + (1 - GRAPH_END) * f,
                            String.format(Locale.ROOT, "Laying out %,d entities\u2026", graph.entities().size())));
            if (cancelled.getAsBoolean()) {
                return unchanged(open, problems, true);
            }
            progress.update(1, String.format(Locale.ROOT, "%,d cables, %,d entities, %,d relationships",
                    all.size(), graph.entities().size(), graph.relationships().size()));
            return new LoadOutcome(all, extraction, graph, laidOut, problems, added, false);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new LoadProblem(describe(paths), 0,
                    "the cables were read but finding entities and relationships failed (" + e
                            + "); the graph shown is unchanged"));
            return unchanged(open, problems, false);
        }
    }

    private static LoadOutcome unchanged(List<Cable> open, List<LoadProblem> problems, boolean cancelled) {
        return new LoadOutcome(open, null, null, null, problems, 0, cancelled);
    }

    private static String key(Cable c) {
        return c.id() != null ? c.id() : "source:" + c.source();
    }

    private static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            return paths.get(0).toString();
        }
        return paths.size() + " files and folders";
    }
}
