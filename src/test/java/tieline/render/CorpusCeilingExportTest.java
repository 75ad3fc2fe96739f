package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tieline.Corpus;
import tieline.briefing.BriefingOptions;
import tieline.briefing.BriefingScene;
import tieline.briefing.BriefingSceneBuilder;
import tieline.briefing.SceneEdge;
import tieline.briefing.SceneEvidence;
import tieline.briefing.SceneNode;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;
import tieline.model.Evidence;

/**
 * Over the whole shared corpus: a briefing exported under a ceiling shows no node, edge, quote
 * or name that only evidence above the ceiling supports, and its banner's level never exceeds
 * the ceiling's (caveats such as NOFORN come along from the paragraphs shown: an SBU//NOFORN
 * paragraph is below CONFIDENTIAL). Skipped when the corpus is not on this machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusCeilingExportTest {

    private static final Page LETTER = Page.of(PaperSize.LETTER, true);
    private RelationshipGraph graph;

    @BeforeAll
    void buildCorpusGraph() {
        Assumptions.assumeTrue(Corpus.root().isPresent(), "shared corpus not present");
        Path root = Corpus.root().get();
        var read = new CableReader().read(List.of(root.resolve("seeds"), root.resolve("baku"), root.resolve("other")));
        graph = RelationshipGraph.build(new Extractor(Gazetteer.bundled()).extract(read.cables()));
    }

    static Stream<Classification> ceilings() {
        return Stream.of(Classification.UNCLASSIFIED, Classification.CONFIDENTIAL);
    }

    private static boolean supportedUnder(List<Evidence> evidence, Classification ceiling) {
        return evidence.stream().anyMatch(e -> e.marking() != null && e.marking().isAtOrBelow(ceiling));
    }

    @ParameterizedTest
    @MethodSource("ceilings")
    void networkShowsOnlyWhatEvidenceUnderTheCeilingSupports(Classification ceiling) throws Exception {
        BriefingScene scene = new BriefingSceneBuilder().build(graph.view(), Map.of(),
                BriefingOptions.network(ceiling));
        assertFalse(scene.nodes().isEmpty(), "the corpus has evidence at " + ceiling);
        assertTrue(scene.marking().banner().level().compareTo(ceiling.level()) <= 0,
                scene.marking().banner() + " above " + ceiling);
        for (SceneEdge e : scene.edges()) {
            Relationship full = graph.relationship(e.sourceId(), e.targetId()).orElseThrow();
            long under = full.timeline().stream().filter(ev -> ev.marking() != null
                    && ev.marking().isAtOrBelow(ceiling)).count();
            assertTrue(under > 0, full.id() + " is only supported above " + ceiling);
            assertEquals(under, e.evidenceCount(), full.id() + " counts evidence above the ceiling");
        }
        for (SceneNode n : scene.nodes()) {
            assertTrue(supportedUnder(graph.evidenceOf(n.id()), ceiling), n.id() + " only supported above");
        }
        assertNoHiddenNames(scene, ceiling);
    }

    @ParameterizedTest
    @MethodSource("ceilings")
    void timelineAndPathQuoteOnlyEvidenceUnderTheCeiling(Classification ceiling) {
        BriefingSceneBuilder builder = new BriefingSceneBuilder();
        List<Relationship> busiest = graph.relationships().stream()
                .sorted(Comparator.comparingInt(Relationship::evidenceCount).reversed()).limit(8).toList();
        Set<Evidence> allowed = new HashSet<>();
        graph.relationships().forEach(r -> r.timeline().stream()
                .filter(e -> e.marking() != null && e.marking().isAtOrBelow(ceiling)).forEach(allowed::add));
        List<SceneEvidence> quoted = new ArrayList<>();
        for (Relationship r : busiest) {
            quoted.addAll(builder.build(graph.view(), Map.of(),
                    BriefingOptions.timeline(r.sourceId(), null, ceiling)).quotedEvidence());
            quoted.addAll(builder.build(graph.view(), Map.of(),
                    BriefingOptions.path(r.sourceId(), busiest.get(0).targetId(), ceiling)).quotedEvidence());
        }
        assertFalse(quoted.isEmpty());
        Set<String> allowedKeys = new HashSet<>();
        allowed.forEach(e -> allowedKeys.add(key(e.cableId(), e.paragraph(), e.quote())));
        for (SceneEvidence e : quoted) {
            assertTrue(e.marking().isAtOrBelow(ceiling), e.citation());
            assertTrue(allowedKeys.contains(key(e.cableId(), e.paragraph(), e.quote())),
                    "quote not supported under " + ceiling + ": " + e.citation());
        }
    }

    private static String key(String cable, int paragraph, String quote) {
        return cable + "#" + paragraph + "#" + quote;
    }

    /**
     * The names of entities whose evidence is all above the ceiling appear nowhere in the SVG or
     * PDF text, unless the name is part of something the briefing may legitimately show (another
     * entity's label, the title, a source id).
     */
    private void assertNoHiddenNames(BriefingScene scene, Classification ceiling) throws Exception {
        List<String> allowedText = new ArrayList<>();
        scene.nodes().forEach(n -> allowedText.add(n.label()));
        allowedText.add(scene.title());
        allowedText.add(scene.subtitle());
        allowedText.add(FrameLayout.sourcesText(scene.sources()));
        scene.legend().entityTypes().forEach(t -> allowedText.add(TypePalette.entityName(t)));
        scene.legend().relationTypes().forEach(t -> allowedText.add(TypePalette.relationName(t)));
        List<String> hiddenNames = new ArrayList<>();
        for (Entity entity : graph.entities()) {
            List<Evidence> evidence = graph.evidenceOf(entity.id());
            if (!evidence.isEmpty() && !supportedUnder(evidence, ceiling)) {
                String name = entity.name();
                if (allowedText.stream().noneMatch(t -> t.contains(name))) {
                    hiddenNames.add(name);
                }
            }
        }
        assertFalse(hiddenNames.isEmpty(), "the corpus has entities supported only above " + ceiling);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SvgBriefingWriter(LETTER).write(scene, svg);
        Set<String> svgTexts = new HashSet<>(ReadBack.svgTexts(svg.toByteArray()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfBriefingWriter(LETTER).write(scene, pdf);
        String pdfText = ReadBack.pdfText(pdf.toByteArray());
        for (String name : hiddenNames) {
            assertFalse(svgTexts.contains(name), name + " is in the SVG at " + ceiling);
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
            assertFalse(word.matcher(pdfText).find(), name + " is in the PDF at " + ceiling);
        }
    }
}
