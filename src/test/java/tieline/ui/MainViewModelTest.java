package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.cable.CableReader;
import tieline.extract.Gazetteer;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.graph.NodePositions;
import tieline.ui.load.CorpusPipeline;
import tieline.ui.load.LoadOutcome;
import tieline.ui.search.Suggestion;

/** The main view-model on the sample data, without a display. */
class MainViewModelTest {

    private static final CorpusPipeline PIPELINE =
            new CorpusPipeline(new CableReader(), Gazetteer.bundled(), new GraphLayouter(TielineApp.LAYOUT_SEED));
    private static LoadOutcome sample;

    @BeforeAll
    static void load() {
        sample = PIPELINE.load(List.of(), List.of(Path.of("sample-data")), NodePositions.empty(), (f, m) -> { },
                () -> false);
    }

    private static MainViewModel loaded() {
        MainViewModel vm = new MainViewModel(PIPELINE);
        vm.apply(sample);
        return vm;
    }

    private static Suggestion find(MainViewModel vm, String name) {
        return vm.search().suggest(name).get(0);
    }

    @Test
    void aLoadShowsEverythingAndFillsTheStatusBar() {
        MainViewModel vm = loaded();
        assertNotNull(vm.view());
        assertEquals(sample.graph().relationships().size(), vm.view().relationships().size());
        assertEquals("Cables 5 / 5", vm.status().cablesProperty().get());
        assertEquals("Ceiling: none", vm.status().ceilingProperty().get());
        assertNotNull(vm.graph().scene());
        assertEquals(vm.view().entities().size(), vm.graph().scene().nodeCount());
    }

    @Test
    void aNeighbourhoodNarrowsTheGraphAndClearingRestoresIt() {
        MainViewModel vm = loaded();
        Suggestion azimov = find(vm, "Azimov");
        int all = vm.view().entities().size();
        vm.neighbourhoodOf(azimov, 1);
        Set<String> expected = sample.graph().relationshipsOf(azimov.entityId()).stream()
                .map(r -> r.opposite(azimov.entityId())).collect(Collectors.toSet());
        Set<String> shown = vm.view().entities().stream().map(Entity::id).collect(Collectors.toSet());
        assertTrue(shown.contains(azimov.entityId()));
        assertTrue(shown.size() < all);
        assertTrue(shown.containsAll(expected), "every direct neighbour");
        vm.queries().clear();
        assertEquals(all, vm.view().entities().size());
    }

    @Test
    void aPathIsFoundHighlightedAndFollowsTheFilters() {
        MainViewModel vm = loaded();
        vm.pathBetween(find(vm, "Heydarov"), find(vm, "Abiyev"));
        assertNotNull(vm.pathProperty().get(), vm.queries().resultProperty().get());
        assertFalse(vm.queries().pathEvidence().isEmpty());
        vm.filters().timeRange().selectDates(LocalDate.parse("1990-01-01"), LocalDate.parse("1990-12-31"));
        assertNull(vm.pathProperty().get(), "no evidence in the range, no path");
    }

    @Test
    void selectingARelationshipOpensItsFirstEvidenceAndMarksBothEnds() {
        MainViewModel vm = loaded();
        assertTrue(vm.selectRelationship("Azimov", "Derse"));
        Relationship r = vm.view().relationship(vm.selectionProperty().get().id()).orElseThrow();
        var first = vm.view().timeline(r).get(0);
        assertEquals(first.cableId(), vm.viewer().cableProperty().get().id());
        assertEquals(first.paragraph(), vm.viewer().focusParagraphProperty().get());
        assertEquals(Set.of(r.sourceId(), r.targetId()), Set.copyOf(vm.viewer().selectedEntities()));
        assertNotNull(vm.details().relationshipProperty().get());
        assertNull(vm.details().entityProperty().get());
        assertEquals(Set.of(r.sourceId(), r.targetId()), Set.of(vm.graph().centreTargetProperty().get(),
                vm.graph().centrePartnerProperty().get()), "both ends are brought into view");
        assertFalse(vm.selectRelationship("Azimov", "Nobody At All"));
    }

    @Test
    void selectingAnEntityOpensItsFirstMentionUnlessTheOpenCableMentionsIt() {
        MainViewModel vm = loaded();
        Suggestion heydarov = find(vm, "Kamaladdin Heydarov");
        vm.selectAndCentre(heydarov.entityId());
        var first = vm.view().mentionsOf(heydarov.entityId()).get(0);
        assertEquals(first.cableId(), vm.viewer().cableProperty().get().id());
        assertEquals(first.paragraph(), vm.viewer().focusParagraphProperty().get());
        vm.viewer().show("08BAKU73", 3);
        Suggestion azimov = find(vm, "Azimov");
        vm.selectAndCentre(azimov.entityId());
        assertEquals("08BAKU73", vm.viewer().cableProperty().get().id(), "08BAKU73 mentions Azimov: stay");
        assertEquals(3, vm.viewer().focusParagraphProperty().get());
    }

    @Test
    void aSelectionHiddenByAFilterIsCleared() {
        MainViewModel vm = loaded();
        Suggestion tep = find(vm, "TEP");
        vm.selectAndCentre(tep.entityId());
        assertEquals(Selection.entity(tep.entityId()), vm.selectionProperty().get());
        assertNotNull(vm.details().entityProperty().get());
        vm.filters().entityType(tep.type()).set(false);
        assertEquals(Selection.NONE, vm.selectionProperty().get());
        assertNull(vm.details().entityProperty().get());
    }

    @Test
    void filteringNeverMovesOrResizesANode() {
        MainViewModel vm = loaded();
        String azimov = find(vm, "Azimov").entityId();
        var before = vm.graph().scene();
        int i = before.indexOf(azimov);
        vm.filters().timeRange().selectDates(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"));
        vm.filters().relationType(tieline.model.RelationType.MENTIONED_WITH).set(false);
        var after = vm.graph().scene();
        int j = after.indexOf(azimov);
        assertTrue(j >= 0);
        assertEquals(before.x(i), after.x(j));
        assertEquals(before.y(i), after.y(j));
        assertEquals(before.radius(i), after.radius(j));
    }
}
