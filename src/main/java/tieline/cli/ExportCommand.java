package tieline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingScene;
import tieline.briefing.BriefingSceneBuilder;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.cable.ReadResult;
import tieline.export.AtomicFileWriter;
import tieline.export.ExportException;
import tieline.export.ViewWriter;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.extract.GazetteerException;
import tieline.graph.GraphFilter;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;
import tieline.model.Extraction;
import tieline.render.BriefingFormat;

/**
 * {@code tieline export}: reads cables, extracts entities and evidence, builds the relationship
 * graph, applies the date range and classification ceiling, and writes the view in one format.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Read cables, build the relationship graph and write it as JSON, GraphML, GEXF or CSV, "
            + "or draw it as a briefing picture (PNG, SVG, PDF, PPTX) marked with the highest classification shown.",
            "Only evidence inside the date range and at or below the ceiling is written or drawn."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:nothing written (no cable read, bad gazetteer, file not writable)",
            "2:bad command line (including an entity name that matches none or several)"})
final class ExportCommand implements Callable<Integer> {

    /** How many reading problems are listed before the rest is summed up. */
    private static final int PROBLEMS_SHOWN = 20;

    /** Above this many entities a one-page network is a texture rather than a diagram. */
    private static final int READABLE_NETWORK = 150;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "cable files or folders (read recursively)")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, graphml, gexf, csv, png, svg, pdf or pptx (default: from the --out extension)")
    ExportFormat format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "first evidence date to include (yyyy-mm-dd)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "last evidence date to include (yyyy-mm-dd)")
    LocalDate to;

    @Option(names = "--max-classification", paramLabel = "LEVEL", converter = ClassificationConverter.class,
            description = "highest marking to include: U, SBU, C, S, S/NF or a full name such as SECRET//NOFORN")
    Classification ceiling;

    @Option(names = "--tag", split = ",", paramLabel = "TAG",
            description = "only cables carrying one of these TAGS (repeat or separate with commas)")
    Set<String> tags;

    @Option(names = "--post", split = ",", paramLabel = "POST", description = "only cables from these posts, e.g. BAKU")
    Set<String> posts;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "a gazetteer file that extends the bundled one")
    Path gazetteer;

    @Mixin
    BriefingArguments briefing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat chosen = chooseFormat();
        checkBriefingArguments(chosen);
        GraphFilter filter = filter();
        try {
            AtomicFileWriter.checkWritable(out);
            Extractor extractor = new Extractor(gazetteer());
            ReadResult read = new CableReader().read(paths);
            report(err, read);
            if (read.cables().isEmpty()) {
                err.println("tieline export: no cable could be read; nothing written");
                return 1;
            }
            Extraction extraction = extractor.extract(read.cables());
            RelationshipGraph graph = RelationshipGraph.build(extraction);
            GraphView view = graph.view(filter);
            err.printf(Locale.ROOT, "graph: %d entities, %d relationships; written: %d entities, %d relationships%s%n",
                    graph.entities().size(), graph.relationships().size(), view.entities().size(),
                    view.relationships().size(), describe(filter));
            if (chosen.picture().isPresent()) {
                writeBriefing(err, graph, view, chosen.picture().get());
                return 0;
            }
            ViewWriter writer = chosen.writer();
            AtomicFileWriter.write(out, stream -> writer.write(view, stream));
            err.printf(Locale.ROOT, "wrote %s (%s, %,d bytes)%n", out, chosen, Files.size(out));
            return 0;
        } catch (EntityNotFoundException e) {
            err.println("tieline export: " + e.getMessage());
            return 2;
        } catch (GazetteerException | ExportException e) {
            err.println("tieline export: " + e.getMessage());
            return 1;
        } catch (Exception | StackOverflowError e) {
            err.println("tieline export: failed: " + e + " (this is a bug; please report it with the command line)");
            return 1;
        } finally {
            err.flush();
        }
    }

    private static String contents(BriefingScene scene) {
        int evidence = scene.kind() == BriefingKind.NETWORK
                ? scene.edges().stream().mapToInt(e -> e.evidenceCount()).sum() : scene.quotedEvidence().size();
        String drawn = scene.kind() == BriefingKind.TIMELINE ? scene.timeline().size() + " relationships"
                : scene.nodes().size() + " entities, " + scene.edges().size() + " relationships";
        int cables = scene.sources().size();
        return drawn + ", " + evidence + (evidence == 1 ? " piece" : " pieces") + " of evidence from " + cables
                + (cables == 1 ? " cable" : " cables");
    }

    private ExportFormat chooseFormat() {
        if (format != null) {
            return format;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        return ExportFormat.forFileName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "cannot tell the format from '" + name + "'; give --format json, graphml, gexf, csv, png, svg, pdf "
                        + "or pptx"));
    }

    private void checkBriefingArguments(ExportFormat chosen) {
        if (chosen.picture().isEmpty()) {
            if (briefing.anyGiven()) {
                throw new ParameterException(spec.commandLine(), "--picture, --focus, --with, --hops, --title, --dpi, "
                        + "--page and --portrait are for png, svg, pdf and pptx, not " + chosen);
            }
            return;
        }
        String problem = briefing.problem();
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    /** Draws the view as a briefing picture under the same ceiling and writes it atomically. */
    private void writeBriefing(PrintWriter err, RelationshipGraph graph, GraphView view, BriefingFormat picture)
            throws java.io.IOException {
        BriefingScene scene = new BriefingSceneBuilder().build(view, Map.of(), briefing.options(graph, ceiling));
        briefing.output(picture).write(scene, out);
        err.printf(Locale.ROOT, "wrote %s (%s, %,d bytes): \"%s\", marked %s, %s%n", out, picture, Files.size(out),
                scene.title(), scene.marking().bannerText(), contents(scene));
        if (scene.nodes().size() > READABLE_NETWORK) {
            err.printf(Locale.ROOT, "note: %d entities do not read on one page; --focus NAME --hops 1 draws one "
                    + "entity's neighbourhood%n", scene.nodes().size());
        }
    }

    private GraphFilter filter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return GraphFilter.builder().from(from).to(to).ceiling(ceiling).tags(tags).posts(posts).build();
    }

    private Gazetteer gazetteer() {
        Gazetteer bundled = Gazetteer.bundled();
        if (gazetteer == null) {
            return bundled;
        }
        if (!Files.isRegularFile(gazetteer)) {
            throw new GazetteerException(gazetteer + ": no such gazetteer file", null);
        }
        return bundled.merge(Gazetteer.load(gazetteer));
    }

    private static void report(PrintWriter err, ReadResult read) {
        err.printf(Locale.ROOT, "%d cables read, %d problems%n", read.cables().size(), read.problems().size());
        List<CableProblem> problems = read.problems();
        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
            err.println("  " + problems.get(i).describe());
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            err.printf(Locale.ROOT, "  ... and %d more%n", problems.size() - PROBLEMS_SHOWN);
        }
    }

    private static String describe(GraphFilter f) {
        if (f.isAll()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        if (f.from() != null || f.to() != null) {
            s.append("dates ").append(f.from() == null ? "..." : f.from()).append(" to ")
                    .append(f.to() == null ? "..." : f.to()).append("; ");
        }
        if (f.ceiling() != null) {
            s.append("ceiling ").append(f.ceiling().bannerText()).append("; ");
        }
        if (!f.tags().isEmpty()) {
            s.append("tags ").append(String.join(",", f.tags())).append("; ");
        }
        if (!f.posts().isEmpty()) {
            s.append("posts ").append(String.join(",", f.posts())).append("; ");
        }
        s.setLength(s.length() - 2);
        return s.append(')').toString();
    }
}
