package tieline.workspace.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.cable.CableReader;
import tieline.model.EntityType;
import tieline.workspace.AddToGazetteer;
import tieline.workspace.AllEditsAccess;
import tieline.workspace.Edit;
import tieline.workspace.ExtractionEngine;
import tieline.workspace.FixtureEngineAccess;
import tieline.workspace.Hide;
import tieline.workspace.MergeEntities;
import tieline.workspace.PinPosition;
import tieline.workspace.file.Autosave;
import tieline.workspace.file.NodePosition;
import tieline.workspace.file.Recovery;
import tieline.workspace.file.RecoveryCandidate;
import tieline.workspace.file.SourceStatus;
import tieline.workspace.file.ViewState;
import tieline.workspace.file.WorkspaceStore;

class WorkspaceSessionTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    private static final String ARAZ = "person:araz-azimov";
    private static final String AZIMOV = "person:azimov";

    @TempDir
    Path dir;
    private Path cables;
    private final CableReader reader = new CableReader();
    private final WorkspaceStore store = new WorkspaceStore();

    @BeforeEach
    void copySampleData() throws IOException {
        cables = Files.createDirectories(dir.resolve("cables"));
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, cables.resolve(p.getFileName()));
            }
        }
    }

    private WorkspaceSession session(ExtractionEngine engine) {
        WorkspaceSession s = WorkspaceSession.create(reader, engine);
        s.addSources(List.of(cables));
        return s;
    }

    @Test
    void addingAgainReadsOnlyTheNewFilesAndKeepsPositions() throws IOException {
        ExtractionEngine engine = FixtureEngineAccess.engine();
        WorkspaceSession s = WorkspaceSession.create(reader, engine);
        Files.move(cables.resolve("09BAKU433.txt"), dir.resolve("09BAKU433.txt"));
        AddReport first = s.addSources(List.of(cables));
        assertEquals(4, first.read());
        assertEquals(4, first.added());
        assertFalse(first.newEntityIds().isEmpty());
        s.updatePositions(List.of(new NodePosition(ARAZ, 10, 20, false), new NodePosition("topic:tep", -5, 5, false)));
        s.perform(new AddToGazetteer("Safar Abiyev", EntityType.PERSON, List.of("Abiyev"), T));
        int runs = FixtureEngineAccess.runs(engine);

        AddReport second = s.addSources(List.of(cables, dir.resolve("09BAKU433.txt")));
        assertEquals(5, second.listed());
        assertEquals(1, second.read(), "only the new file is read");
        assertEquals(4, second.alreadyLoaded());
        assertEquals(runs + 1, FixtureEngineAccess.runs(engine), "one re-extraction over all cables");
        assertEquals(5, s.sources().size());
        assertEquals(new NodePosition(ARAZ, 10, 20, false), s.positions().get(ARAZ));
        assertEquals(new NodePosition("topic:tep", -5, 5, false), s.positions().get("topic:tep"));
        assertTrue(s.notApplicable().isEmpty());
        long abiyevIn433 = s.data().extraction().mentions().stream()
                .filter(m -> m.entityId().equals("person:safar-abiyev") && m.cableId().equals("09BAKU433")).count();
        assertTrue(abiyevIn433 > 0, "the gazetteer addition finds the name in the added cable");

        AddReport nothing = s.addSources(List.of(cables));
        assertEquals(0, nothing.read());
        assertEquals(runs + 1, FixtureEngineAccess.runs(engine), "nothing new, no re-extraction");
    }

    @Test
    void aCopyOfALoadedCableIsADuplicate() throws IOException {
        WorkspaceSession s = session(FixtureEngineAccess.engine());
        Path copy = Files.copy(cables.resolve("08BAKU73.txt"), dir.resolve("copy-of-73.txt"));
        Path edited = dir.resolve("73-retyped.txt");
        Files.writeString(edited, Files.readString(cables.resolve("08BAKU73.txt")) + "\n\n", StandardCharsets.UTF_8);
        AddReport r = s.addSources(List.of(copy, edited));
        assertEquals(2, r.read());
        assertEquals(2, r.duplicates().size(), r.duplicates().toString());
        assertTrue(r.duplicates().get(0).contains("same content"), r.duplicates().get(0));
        assertTrue(r.duplicates().get(1).contains("08BAKU73 is already loaded"), r.duplicates().get(1));
        assertEquals(5, s.sources().size());
    }

    @Test
    void cablesWithoutAnIdAreNotDuplicatesOfEachOther() throws IOException {
        String text = Files.readString(cables.resolve("08BAKU73.txt"))
                .replace("C O N F I D E N T I A L BAKU 000073", "C O N F I D E N T I A L")
                .replace("DE RUEHKB #0073/01 0290505", "DE RUEHKB 0290505");
        Path first = dir.resolve("partial-a.txt");
        Path second = dir.resolve("partial-b.txt");
        Files.writeString(first, text, StandardCharsets.UTF_8);
        Files.writeString(second, text.replace("Azimov", "Azimov himself"), StandardCharsets.UTF_8);
        assertEquals(null, reader.readFile(first).cable().id(), "the fixture has no cable id");
        WorkspaceSession s = session(FixtureEngineAccess.engine());
        AddReport r = s.addSources(List.of(first, second));
        assertEquals(List.of(), r.duplicates(), "no id is not the same id");
        assertEquals(2, r.added());
        assertEquals(7, s.sources().size());
        AddReport again = s.addSources(List.of(dir.resolve("partial-a.txt")));
        assertEquals(0, again.added(), "the same file is still known by its path");
    }

    @Test
    void notCablesAreReportedByFile() throws IOException {
        WorkspaceSession s = WorkspaceSession.create(reader, FixtureEngineAccess.engine());
        Path junk = dir.resolve("notes.txt");
        Files.writeString(junk, "shopping list\nmilk\n");
        AddReport r = s.addSources(List.of(junk));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).describe().contains("notes.txt"), r.problems().get(0).describe());
        assertEquals(0, r.added());
    }

    @Test
    void savingAndReopeningRebuildsTheSamePicture() throws Exception {
        WorkspaceSession s = session(FixtureEngineAccess.engine());
        for (Edit e : AllEditsAccess.sample()) {
            assertTrue(s.perform(e).applied(), e.toString());
        }
        s.undo();
        s.updatePositions(List.of(new NodePosition("topic:tep", 3, 4, false)));
        ViewState view = new ViewState(null, 2.5, 10, -10, "dark", List.of(ARAZ));
        s.setView(view);
        Path file = dir.resolve("baku.tieline");
        assertTrue(s.isDirty());
        s.saveAs(file, store, T);
        assertFalse(s.isDirty());
        assertTrue(Files.readString(file).contains("\"path\" : \"cables/08BAKU73.txt\""), "relative source paths");

        WorkspaceSession.Opened opened = WorkspaceSession.open(file, store, reader, FixtureEngineAccess.engine());
        WorkspaceSession back = opened.session();
        assertTrue(opened.report().clean(), opened.report().describe().toString());
        assertEquals(s.data().visibleExtraction(), back.data().visibleExtraction());
        assertEquals(s.data().notes(), back.data().notes());
        assertEquals(s.data().pins(), back.data().pins());
        assertEquals(s.positions(), back.positions());
        assertEquals(view, back.view());
        assertEquals(s.log().edits(), back.log().edits());
        assertEquals(s.log().cursor(), back.log().cursor());
        assertTrue(back.canRedo(), "the undone edit can still be redone after reopening");
        assertFalse(back.isDirty());
        assertEquals(file.toAbsolutePath().normalize(), back.file().orElseThrow());
    }

    @Test
    void movedChangedAndMissingCablesAreReportedByHash() throws Exception {
        WorkspaceSession s = session(FixtureEngineAccess.engine());
        s.perform(new MergeEntities(ARAZ, AZIMOV, T));
        s.perform(new PinPosition(ARAZ, 1, 1, T));
        s.perform(new Hide("topic:tep", T));
        Path file = dir.resolve("baku.tieline");
        s.saveAs(file, store, T);

        Files.createDirectories(dir.resolve("archive"));
        Files.move(cables.resolve("07BAKU605.txt"), dir.resolve("archive/605-renamed.txt"));
        Files.writeString(cables.resolve("09BAKU266.txt"), Files.readString(cables.resolve("09BAKU266.txt")) + "\n ");
        Files.delete(cables.resolve("08BAKU73.txt"));

        WorkspaceSession.Opened opened = WorkspaceSession.open(file, store, reader, FixtureEngineAccess.engine());
        Map<String, SourceStatus.State> states = new java.util.HashMap<>();
        opened.report().sources().forEach(st -> states.put(Path.of(st.source().path()).getFileName().toString(),
                st.state()));
        assertEquals(SourceStatus.State.MOVED, states.get("07BAKU605.txt"));
        assertEquals(SourceStatus.State.CHANGED, states.get("09BAKU266.txt"));
        assertEquals(SourceStatus.State.MISSING, states.get("08BAKU73.txt"));
        assertEquals(SourceStatus.State.UNCHANGED, states.get("09BAKU433.txt"));
        assertEquals(4, opened.session().sources().size(), "moved and changed files are still read");
        assertEquals(3, opened.report().notApplicable().size(), "edits on entities only 08BAKU73 gave are flagged");
        assertEquals(3, opened.session().log().edits().size(), "and kept");
        List<String> lines = opened.report().describe();
        assertTrue(lines.stream().anyMatch(l -> l.contains("moved") && l.contains("605-renamed.txt")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("no longer applies")), lines.toString());
        assertTrue(opened.session().isDirty(), "moved sources must be saved again");
        opened.session().saveAs(file, store, T);
        assertTrue(Files.readString(file).contains("archive/605-renamed.txt"));
    }

    @Test
    void aRecoveryFileRestoresTheUnsavedState() throws Exception {
        WorkspaceSession s = session(FixtureEngineAccess.engine());
        Path file = dir.resolve("baku.tieline");
        s.saveAs(file, store, T);
        s.perform(new MergeEntities(ARAZ, AZIMOV, T));
        s.perform(new Hide("topic:tep", T));
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        try (Autosave autosave = new Autosave(recovery, store, java.time.Duration.ofHours(1), e -> { })) {
            autosave.changed(s.snapshot(null, T), s.file().orElse(null));
            autosave.flush();
        }
        List<RecoveryCandidate> found = recovery.find();
        assertEquals(1, found.size());
        WorkspaceSession.Opened restored = WorkspaceSession.restore(found.get(0), reader, FixtureEngineAccess.engine());
        WorkspaceSession back = restored.session();
        assertEquals(s.data().visibleExtraction(), back.data().visibleExtraction());
        assertEquals(file.toAbsolutePath().normalize(), back.file().orElseThrow(), "saving goes to the original file");
        assertTrue(back.isDirty());
        assertEquals(2, back.log().cursor());
    }

    @Test
    void aCatalogueBesideTheFilesSuppliesTheIdsTheTextLacks() throws IOException {
        Path extracts = Files.createDirectories(dir.resolve("extracts"));
        Files.writeString(extracts.resolve("index.csv"), "id,date\n07BAKU999,2007-05-01\n");
        Files.writeString(extracts.resolve("07BAKU999.txt"), "TAGS: PREL AJ\nSUBJECT: PARTIAL EXTRACT\n\n"
                + "1. (U) Minister of Emergency Situations Kamaladdin Heydarov met the Ambassador.\n");
        WorkspaceSession s = WorkspaceSession.create(reader, FixtureEngineAccess.engine());
        AddReport report = s.addSources(List.of(extracts));
        assertEquals(1, report.added(), report.toString());
        assertEquals("07BAKU999", s.sources().get(0).cable().id(), "the catalogue's id, as the command line reads it");
    }
}
