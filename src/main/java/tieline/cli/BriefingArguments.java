package tieline.cli;

import java.util.Set;
import picocli.CommandLine.Option;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingOptions;
import tieline.cable.Classification;
import tieline.graph.RelationshipGraph;
import tieline.render.BriefingFormat;
import tieline.render.BriefingOutput;
import tieline.render.PaperSize;
import tieline.render.PngBriefingWriter;

/**
 * The {@code tieline export} options that shape a briefing picture (png, svg, pdf, pptx): which
 * picture, about whom, its title, paper and resolution.
 */
final class BriefingArguments {

    @Option(names = "--picture", paramLabel = "KIND", defaultValue = "network",
            description = "network (default), timeline (of --focus's relationships, or of the one between --focus "
                    + "and --with) or path (from --focus to --with)")
    BriefingKind picture;

    @Option(names = "--focus", paramLabel = "ENTITY",
            description = "entity id (person:araz-azimov) or name (\"Araz Azimov\"): centre of the network, "
                    + "subject of the timeline, start of the path")
    String focus;

    @Option(names = "--with", paramLabel = "ENTITY",
            description = "the other entity: end of the path, or other end of the one relationship on a timeline")
    String with;

    @Option(names = "--hops", paramLabel = "N", defaultValue = "1",
            description = "with --focus on a network: include entities up to N relationships away (default 1)")
    int hops;

    @Option(names = "--title", paramLabel = "TEXT", description = "the headline (default: from focus and date range)")
    String title;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "PNG resolution, 50 to 600 (default 300)")
    int dpi;

    @Option(names = "--page", paramLabel = "SIZE", defaultValue = "letter",
            description = "letter (default) or a4; a pptx is always one 16:9 slide")
    String page;

    @Option(names = "--portrait", description = "portrait instead of landscape paper")
    boolean portrait;

    /** True when an option that only pictures use was given. */
    boolean anyGiven() {
        return focus != null || with != null || title != null || picture != BriefingKind.NETWORK || hops != 1
                || dpi != PngBriefingWriter.DEFAULT_DPI || !"letter".equalsIgnoreCase(page) || portrait;
    }

    /** Checks what can be checked before any cable is read; the message says what is wrong. */
    String problem() {
        if (PaperSize.parse(page) == null) {
            return "--page must be letter or a4, not '" + page + "'";
        }
        if (dpi < PngBriefingWriter.MIN_DPI || dpi > PngBriefingWriter.MAX_DPI) {
            return "--dpi must be between " + PngBriefingWriter.MIN_DPI + " and " + PngBriefingWriter.MAX_DPI
                    + ", not " + dpi;
        }
        if (hops < 0) {
            return "--hops must be 0 or more, not " + hops;
        }
        if (picture == BriefingKind.PATH && (focus == null || with == null)) {
            return "--picture path needs --focus and --with (the two entities to connect)";
        }
        if (picture == BriefingKind.TIMELINE && focus == null) {
            return "--picture timeline needs --focus (and --with for one relationship)";
        }
        if (picture == BriefingKind.NETWORK && with != null) {
            return "--with is for --picture timeline or path";
        }
        return null;
    }

    /** The briefing options, with entity names resolved in the graph. */
    BriefingOptions options(RelationshipGraph graph, Classification ceiling) {
        String focusId = focus == null ? null : EntityArgument.resolve(graph, focus);
        String withId = with == null ? null : EntityArgument.resolve(graph, with);
        Set<String> emphasised = focusId == null ? Set.of() : withId == null ? Set.of(focusId) : Set.of(focusId,
                withId);
        return new BriefingOptions(picture, title, ceiling, focusId, withId, hops, null, null, emphasised,
                focusId != null, Set.of(), null, 1L);
    }

    /** Format, paper, orientation and resolution. */
    BriefingOutput output(BriefingFormat format) {
        return new BriefingOutput(format, PaperSize.parse(page), !portrait, dpi);
    }
}
