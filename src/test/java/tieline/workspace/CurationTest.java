package tieline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tieline.workspace.SampleExtraction.ARAZ;
import static tieline.workspace.SampleExtraction.AZIMOV;
import static tieline.workspace.SampleExtraction.CABLE;
import static tieline.workspace.SampleExtraction.TEP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.model.EntityType;

class CurationTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    private static List<Cable> cables;

    @BeforeAll
    static void read() {
        cables = SampleExtraction.cables();
    }

    private static Curation curation(FixtureEngine engine) {
        return new Curation(engine, cables, new EditLog());
    }

    /** What a fresh replay of the first {@code n} edits gives: the reference every undo/redo must match. */
    private static CuratedData replayOf(List<Edit> edits, int n) {
        Curation c = new Curation(new FixtureEngine(), cables, EditLog.of(edits, n));
        return c.data();
    }

    @Test
    void everyEditKindPerformsAndUndoesToTheSameDataAsAFreshReplay() {
        Curation c = curation(new FixtureEngine());
        List<Edit> all = AllEdits.sample();
        for (Edit e : all) {
            ApplyResult r = c.perform(e);
            assertTrue(r.applied(), e + ": " + r.message());
        }
        assertEquals(all.size(), c.log().cursor());
        for (int n = all.size(); n > 0; n--) {
            assertSame(replayOf(all, n), c.data(), "after undoing to " + n);
            assertTrue(c.undo());
        }
        assertSame(replayOf(all, 0), c.data(), "everything undone");
        assertFalse(c.undo());
        for (int n = 1; n <= all.size(); n++) {
            assertTrue(c.redo());
            assertSame(replayOf(all, n), c.data(), "after redoing to " + n);
        }
        assertFalse(c.redo());
    }

    @Test
    void randomUndoRedoSequencesMatchAFreshReplay() {
        List<Edit> all = AllEdits.sample();
        Random random = new Random(20260105L);
        Curation c = curation(new FixtureEngine());
        int performed = 0;
        for (int step = 0; step < 60; step++) {
            int choice = random.nextInt(3);
            if (choice == 0 && performed < all.size()) {
                c.perform(all.get(performed++));
            } else if (choice == 1) {
                c.undo();
            } else {
                c.redo();
            }
            performed = Math.max(performed, c.log().edits().size());
            assertSame(replayOf(c.log().edits(), c.log().cursor()), c.data(), "step " + step);
        }
    }

    @Test
    void performingAfterUndoDropsTheRedoTail() {
        Curation c = curation(new FixtureEngine());
        c.perform(new MergeEntities(ARAZ, AZIMOV, T));
        c.perform(new Hide(TEP, T));
        c.undo();
        assertTrue(c.log().canRedo());
        c.perform(new Rename(ARAZ, "Araz A. Azimov", T));
        assertFalse(c.log().canRedo());
        assertEquals(2, c.log().edits().size());
        assertFalse(c.data().isHidden(TEP));
    }

    @Test
    void anEditThatDoesNotApplyIsRefusedAndNotLogged() {
        Curation c = curation(new FixtureEngine());
        ApplyResult r = c.perform(new Rename("person:nobody", "X", T));
        assertFalse(r.applied());
        assertEquals(0, c.log().edits().size());
    }

    @Test
    void aBlankOrRepeatedGazetteerAdditionIsRefusedWithoutReExtracting() {
        FixtureEngine engine = new FixtureEngine();
        Curation c = curation(engine);
        assertFalse(c.perform(new AddToGazetteer("  ", EntityType.PERSON, List.of(), T)).applied());
        AddToGazetteer fassier = new AddToGazetteer("Bernard Fassier", EntityType.PERSON, List.of(), T);
        assertTrue(c.perform(fassier).applied());
        int runs = engine.runs;
        ApplyResult again = c.perform(fassier);
        assertFalse(again.applied());
        assertTrue(again.message().contains("already"), again.message());
        assertEquals(runs, engine.runs);
        assertEquals(1, c.log().edits().size());
    }

    @Test
    void gazetteerAdditionsReExtractOnlyWhenCrossed() {
        FixtureEngine engine = new FixtureEngine();
        Curation c = curation(engine);
        assertEquals(1, engine.runs);
        c.perform(new MergeEntities(ARAZ, AZIMOV, T));
        c.undo();
        c.redo();
        assertEquals(1, engine.runs, "ordinary edits never re-extract");
        ApplyResult r = c.perform(new AddToGazetteer("Bernard Fassier", EntityType.PERSON, List.of("Fassier"), T));
        assertEquals(2, engine.runs);
        assertTrue(c.data().entity("person:bernard-fassier").isPresent());
        long found = c.data().extraction().mentions().stream()
                .filter(m -> m.entityId().equals("person:bernard-fassier")).count();
        assertTrue(found >= 3, "08BAKU73 ¶9 names Fassier three times");
        assertEquals(found + " mentions in the loaded cables", r.message());
        c.perform(new Hide("person:bernard-fassier", T));
        assertTrue(c.undo());
        assertEquals(2, engine.runs, "undoing the hide stays on the same raw extraction");
        assertTrue(c.undo());
        assertEquals(3, engine.runs, "undoing the addition re-extracts without it");
        assertTrue(c.data().entity("person:bernard-fassier").isEmpty());
        assertTrue(c.redo());
        assertTrue(c.data().entity("person:bernard-fassier").isPresent());
    }

    @Test
    void editsReApplyAfterCablesAreAddedAndFlagWhatNoLongerFits() {
        List<Cable> seedOnly = cables.stream().filter(x -> x.id().equals(CABLE)).toList();
        Curation c = new Curation(new FixtureEngine(), seedOnly, new EditLog());
        c.perform(new AddToGazetteer("Bernard Fassier", EntityType.PERSON, List.of("Fassier"), T));
        c.perform(new MergeEntities(ARAZ, AZIMOV, T));
        c.perform(new PinPosition(TEP, 1, 2, T));
        c.setCables(cables);
        assertTrue(c.notApplicable().isEmpty(), c.notApplicable().toString());
        assertTrue(c.data().entity(AZIMOV).isEmpty());

        List<Cable> without = new ArrayList<>(cables);
        without.removeIf(x -> x.id().equals(CABLE));
        c.setCables(without);
        List<HistoryEntry> flagged = c.notApplicable();
        assertEquals(2, flagged.size(), "merge and pin name entities only 08BAKU73 gave");
        assertTrue(flagged.get(0).result().message().contains(ARAZ), flagged.get(0).result().message());
        assertEquals(3, c.log().edits().size(), "flagged edits stay in the log");
        c.setCables(cables);
        assertTrue(c.notApplicable().isEmpty(), "and apply again when the cable is back");
    }

    @Test
    void historyListsWhatAndWhenAndMarksUndoneEntries() {
        Curation c = curation(new FixtureEngine());
        c.perform(new MergeEntities(ARAZ, AZIMOV, T));
        c.perform(new Hide(TEP, T.plusSeconds(60)));
        c.undo();
        List<HistoryEntry> h = c.history();
        assertEquals(2, h.size());
        assertEquals("Merged \u201cAzimov\u201d into \u201cAraz Azimov\u201d", h.get(0).description());
        assertFalse(h.get(0).undone());
        assertTrue(h.get(1).undone());
        assertEquals(T.plusSeconds(60), h.get(1).edit().at());
    }

    private static void assertSame(CuratedData expected, CuratedData actual, String when) {
        assertEquals(expected.extraction(), actual.extraction(), when);
        assertEquals(expected.visibleExtraction(), actual.visibleExtraction(), when);
        assertEquals(expected.notes(), actual.notes(), when);
        assertEquals(expected.pins(), actual.pins(), when);
        assertEquals(expected.hiddenIds(), actual.hiddenIds(), when);
        assertEquals(expected.gazetteerAdditions(), actual.gazetteerAdditions(), when);
        assertEquals(expected.manualEvidence(), actual.manualEvidence(), when);
    }
}
