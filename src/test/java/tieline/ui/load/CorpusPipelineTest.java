package tieline.ui.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.cable.CableReader;
import tieline.extract.Gazetteer;
import tieline.model.Entity;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.graph.NodePositions;

class CorpusPipelineTest {

    private static final CorpusPipeline PIPELINE =
            new CorpusPipeline(new CableReader(), Gazetteer.bundled(), new GraphLayouter(7));
    private static LoadOutcome sample;

    @BeforeAll
    static void loadSample() {
        sample = PIPELINE.load(List.of(), List.of(Path.of("sample-data")), NodePositions.empty(), (f, m) -> { },
                () -> false);
    }

    @Test
    void sampleDataGivesAGraphWithEveryEntityPlaced() {
        assertTrue(sample.changed());
        assertEquals(5, sample.cables().size());
        assertEquals(5, sample.added());
        for (Entity e : sample.graph().view().entities()) {
            assertTrue(sample.positions().contains(e.id()), e.id());
        }
        assertTrue(sample.problems().stream().noneMatch(p -> p.file().contains("sample-data")), sample.problems().toString());
    }

    @Test
    void progressGoesFromZeroToOneWithMessages(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("08BAKU73.txt");
        Files.copy(Path.of("sample-data", "08BAKU73.txt"), copy);
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        PIPELINE.load(List.of(), List.of(copy), NodePositions.empty(), (f, m) -> {
            fractions.add(f);
            messages.add(m);
        }, () -> false);
        assertEquals(0.0, fractions.get(0));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Laying out")));
    }

    @Test
    void aCorruptFileIsAProblemAndTheGraphStays(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("corrupt.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(3).nextBytes(bytes);
        Files.write(junk, bytes);
        LoadOutcome o = PIPELINE.load(sample.cables(), List.of(junk), sample.positions(), (f, m) -> { }, () -> false);
        assertFalse(o.changed());
        assertNull(o.graph());
        assertEquals(sample.cables(), o.cables());
        assertEquals(1, o.problems().size());
        assertTrue(o.problems().get(0).file().endsWith("corrupt.txt"));
        assertFalse(o.problems().get(0).reason().isBlank());
    }

    @Test
    void cablesAlreadyOpenAreNotAddedTwice() {
        LoadOutcome o = PIPELINE.load(sample.cables(), List.of(Path.of("sample-data", "09BAKU266.txt")),
                sample.positions(), (f, m) -> { }, () -> false);
        assertFalse(o.changed());
        assertTrue(o.problems().isEmpty());
    }

    @Test
    void aCancelledLoadChangesNothing() {
        LoadOutcome o = PIPELINE.load(List.of(), List.of(Path.of("sample-data")), NodePositions.empty(), (f, m) -> { },
                () -> true);
        assertTrue(o.cancelled());
        assertFalse(o.changed());
    }

    @Test
    void addingCablesKeepsThePlacesOfEntitiesAlreadyShown() {
        LoadOutcome first = PIPELINE.load(List.of(), List.of(Path.of("sample-data", "08BAKU73.txt")),
                NodePositions.empty(), (f, m) -> { }, () -> false);
        LoadOutcome more = PIPELINE.load(first.cables(), List.of(Path.of("sample-data", "09BAKU266.txt")),
                first.positions(), (f, m) -> { }, () -> false);
        assertTrue(more.changed());
        int kept = 0;
        for (Entity e : first.graph().entities()) {
            double[] before = first.positions().get(e.id());
            double[] after = more.positions().get(e.id());
            if (after != null) {
                assertArrayEquals(before, after, 0, e.id());
                kept++;
            }
        }
        assertTrue(kept > 5, "most entities are in both graphs: " + kept);
    }
}
