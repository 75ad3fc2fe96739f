package tieline.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.cable.CableReader;
import tieline.cable.Classification;
import tieline.extract.Extractor;
import tieline.extract.Gazetteer;
import tieline.graph.GraphFilter;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;

/** The status bar's figures on the sample data: nothing filtered shows everything there is to show. */
class StatusViewModelTest {

    private final RelationshipGraph graph = RelationshipGraph.build(new Extractor(Gazetteer.bundled())
            .extract(new CableReader().read(List.of(Path.of("sample-data"))).cables()));

    @Test
    void unfilteredViewShowsAllItCounts() {
        StatusViewModel status = new StatusViewModel();
        GraphView all = graph.view();
        status.update(graph, all, null);
        int n = all.entities().size();
        assertEquals(StatusViewModel.figure("Entities", n, n), status.entitiesProperty().get(),
                "an entity known only as a gazetteer office's organization is not counted as hidden");
        assertEquals("Ceiling: none", status.ceilingProperty().get());
    }

    @Test
    void aCeilingShowsFewer() {
        StatusViewModel status = new StatusViewModel();
        GraphView u = graph.view(GraphFilter.ALL.withCeiling(Classification.UNCLASSIFIED));
        status.update(graph, u, Classification.UNCLASSIFIED);
        assertEquals(StatusViewModel.figure("Entities", u.entities().size(), graph.view().entities().size()),
                status.entitiesProperty().get());
        assertEquals("Ceiling: UNCLASSIFIED", status.ceilingProperty().get());
    }
}
