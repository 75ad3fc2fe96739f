package tieline.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.cable.Classification;
import tieline.graph.GraphFilter;
import tieline.graph.GraphFixtures;
import tieline.graph.RelationshipGraph;
import tieline.model.EntityType;
import tieline.model.RelationType;

class FilterViewModelTest {

    private final RelationshipGraph graph = RelationshipGraph.build(GraphFixtures.extraction());

    private FilterViewModel filters() {
        FilterViewModel vm = new FilterViewModel();
        vm.setGraph(graph);
        return vm;
    }

    @Test
    void startsShowingEverything() {
        FilterViewModel vm = filters();
        assertTrue(vm.filter().isAll(), vm.filter().toString());
        assertEquals(List.of("BAKU", "MOSCOW"), vm.availablePosts());
        assertTrue(vm.availableTags().containsAll(List.of("PREL", "ENRG", "MARR")));
    }

    @Test
    void everyChoiceReachesTheFilter() {
        FilterViewModel vm = filters();
        vm.entityType(EntityType.TOPIC).set(false);
        vm.relationType(RelationType.MENTIONED_WITH).set(false);
        vm.selectedTags().add("ENRG");
        vm.selectedPosts().add("BAKU");
        vm.ceilingProperty().set(Classification.CONFIDENTIAL);
        vm.timeRange().selectDates(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"));
        GraphFilter f = vm.filter();
        assertEquals(Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE), f.entityTypes());
        assertTrue(!f.relationTypes().contains(RelationType.MENTIONED_WITH) && f.relationTypes().contains(RelationType.MET));
        assertEquals(Set.of("ENRG"), f.tags());
        assertEquals(Set.of("BAKU"), f.posts());
        assertEquals(Classification.CONFIDENTIAL, f.ceiling());
        assertEquals(LocalDate.parse("2009-01-01"), f.from());
        vm.reset();
        assertTrue(vm.filter().isAll());
        assertNull(vm.ceilingProperty().get());
    }

    @Test
    void theLastTickedTypeCannotBeUnticked() {
        FilterViewModel vm = filters();
        for (EntityType t : EntityType.values()) {
            vm.entityType(t).set(false);
        }
        long ticked = java.util.Arrays.stream(EntityType.values()).filter(t -> vm.entityType(t).get()).count();
        assertEquals(1, ticked, "one type stays: an empty set would mean all");
        assertEquals(1, vm.filter().entityTypes().size());
    }
}
