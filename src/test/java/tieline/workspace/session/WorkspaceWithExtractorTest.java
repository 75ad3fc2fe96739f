package tieline.workspace.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.cable.CableReader;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.workspace.ApplyResult;
import tieline.workspace.Edits;
import tieline.workspace.GazetteerExtraction;
import tieline.workspace.RelationshipId;
import tieline.workspace.file.NodePosition;
import tieline.workspace.file.WorkspaceStore;

/** The workspace over the real extractor and graph on the seed cables. */
class WorkspaceWithExtractorTest {

    private static final String AZIMOV = "person:araz-azimov";
    private static final String ABIYEV = "person:safar-abiyev";
    private static final String TEP = "topic:tep";
    private static final String PFP = "topic:pfp";
    private static final String GOAJ = "org:goaj";
    private static final String MISSILE_DEFENSE = "topic:missile-defense";

    private static GazetteerExtraction engine;

    @TempDir
    Path dir;
    private Path cables;
    private final Edits edits = new Edits(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void engine() {
        engine = GazetteerExtraction.bundled();
    }

    @BeforeEach
    void copySeeds() throws IOException {
        cables = Files.createDirectories(dir.resolve("cables"));
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, cables.resolve(p.getFileName()));
            }
        }
    }

    private static List<Evidence> between(Extraction x, String a, String b) {
        RelationshipId rel = RelationshipId.of(a, b);
        return x.evidence().stream().filter(e -> RelationshipId.of(e.sourceId(), e.targetId()).equals(rel)).toList();
    }

    private static long mentionsOf(WorkspaceSession s, String id) {
        return s.data().extraction().mentions().stream().filter(m -> m.entityId().equals(id)).count();
    }

    private static Map<String, Integer> timelines(RelationshipGraph g) {
        Map<String, Integer> out = new TreeMap<>();
        for (Relationship r : g.relationships()) {
            out.put(r.id(), r.evidenceCount());
        }
        return out;
    }

    @Test
    void editsSurviveAddingACableAndASaveAndReopen() throws Exception {
        Path later = dir.resolve("09BAKU433.txt");
        Files.move(cables.resolve("09BAKU433.txt"), later);
        WorkspaceSession s = WorkspaceSession.create(new CableReader(), engine);
        assertEquals(4, s.addSources(List.of(cables)).added());

        Extraction before = s.data().extraction();
        int azimovTep = between(before, AZIMOV, TEP).size();
        int azimovPfp = between(before, AZIMOV, PFP).size();
        int tepPfp = between(before, TEP, PFP).size();
        assertTrue(azimovTep > 0, "the seeds link Azimov and TEP");

        ApplyResult added = s.perform(edits.addToGazetteer("missile defense", EntityType.TOPIC, List.of()));
        assertTrue(added.applied(), added.message());
        assertTrue(mentionsOf(s, MISSILE_DEFENSE) > 0, "the extractor finds the added name: " + added.message());
        assertTrue(s.perform(edits.merge(TEP, PFP)).applied());
        assertEquals(azimovTep + azimovPfp, between(s.data().extraction(), AZIMOV, TEP).size(),
                "the two timelines combine");
        assertEquals(tepPfp, s.data().internalEvidence(TEP).size());
        assertTrue(s.perform(edits.hide(GOAJ)).applied());
        assertTrue(s.perform(edits.pin(AZIMOV, 40, -20)).applied());
        assertTrue(s.perform(edits.note(RelationshipId.of(AZIMOV, TEP).toString(), "PfP framing matters")).applied());
        Evidence wrong = s.data().extraction().evidence().stream()
                .filter(e -> e.sourceId().equals(ABIYEV) || e.targetId().equals(ABIYEV)).findFirst().orElseThrow();
        assertTrue(s.perform(edits.deleteEvidence(wrong)).applied());
        assertTrue(s.perform(edits.addRelationship(ABIYEV, AZIMOV, tieline.model.RelationType.MET,
                java.time.LocalDate.of(2008, 2, 1), "met at the MoD", null, null, null)).applied());
        assertTrue(s.perform(edits.addRelationship(ABIYEV, TEP, tieline.model.RelationType.DISCUSSED, null, "",
                "08BAKU73", 5, null)).applied());

        List<NodePosition> layout = new ArrayList<>();
        int i = 0;
        for (Entity e : s.data().entities()) {
            layout.add(new NodePosition(e.id(), i * 10.0, i * -5.0, false));
            i++;
        }
        s.updatePositions(layout);
        Map<String, NodePosition> positionsBefore = s.positions();
        long abiyevBefore = mentionsOf(s, ABIYEV);

        AddReport report = s.addSources(List.of(cables, later));
        assertEquals(1, report.read(), "only 09BAKU433 is read");
        assertTrue(report.notApplicable().isEmpty(), report.notApplicable().toString());
        assertFalse(report.newEntityIds().isEmpty(), "09BAKU433 brings new entities");
        assertTrue(mentionsOf(s, ABIYEV) > abiyevBefore, "the Defense Minister's cable adds mentions of him");
        positionsBefore.forEach((id, p) -> assertEquals(p, s.positions().get(id), id + " keeps its place"));
        report.newEntityIds().forEach(id -> assertFalse(s.positions().containsKey(id), id + " is left for the layout"));

        RelationshipGraph graph = RelationshipGraph.build(s.data().visibleExtraction());
        assertTrue(graph.entity(GOAJ).isEmpty(), "hidden");
        assertTrue(graph.entity(PFP).isEmpty(), "merged");
        assertTrue(graph.relationship(AZIMOV, TEP).isPresent());
        assertTrue(graph.skipped().isEmpty(), graph.skipped().toString());
        Relationship handMade = graph.relationship(ABIYEV, AZIMOV).orElseThrow();
        assertTrue(handMade.timeline().stream().anyMatch(e -> e.cableId() == null && s.data().isManual(e)),
                "a link added without a source is on the timeline, marked as manual");

        Path file = dir.resolve("baku.tieline");
        s.saveAs(file, new WorkspaceStore(), Instant.parse("2026-01-05T11:00:00Z"));
        WorkspaceSession.Opened opened = WorkspaceSession.open(file, new WorkspaceStore(), new CableReader(),
                GazetteerExtraction.bundled());
        assertTrue(opened.report().clean(), opened.report().describe().toString());
        WorkspaceSession back = opened.session();
        assertEquals(s.data().visibleExtraction(), back.data().visibleExtraction());
        assertEquals(timelines(graph), timelines(RelationshipGraph.build(back.data().visibleExtraction())));
        assertEquals(s.positions(), back.positions());
        assertEquals(s.data().notes(), back.data().notes());
    }
}
