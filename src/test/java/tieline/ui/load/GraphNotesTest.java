package tieline.ui.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.cable.Cable;
import tieline.cable.CableReader;

class GraphNotesTest {

    private final CableReader reader = new CableReader();

    /** Copies of a sample cable with its reference line and routing serial taken out: no id. */
    private List<Cable> withoutIds(Path dir, int count) throws Exception {
        String text = Files.readString(Path.of("sample-data", "08BAKU73.txt"))
                .replace("C O N F I D E N T I A L BAKU 000073", "C O N F I D E N T I A L")
                .replace("DE RUEHKB #0073/01 0290505", "DE RUEHKB 0290505");
        List<Cable> cables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format("partial-%02d.txt", i));
            Files.writeString(f, text + "\n" + i);
            Cable c = reader.readFile(f).cable();
            assertEquals(null, c.id(), "fixture without id");
            cables.add(c);
        }
        return cables;
    }

    @Test
    void cablesWithoutAnIdBecomeOneRowNamingAFew(@TempDir Path dir) throws Exception {
        List<Cable> cables = new ArrayList<>(withoutIds(dir, 8));
        Cable whole = reader.readFile(Path.of("sample-data", "08BAKU73.txt")).cable();
        cables.add(whole);
        List<String> skipped = new ArrayList<>();
        for (Cable c : cables.subList(0, 8)) {
            skipped.add("cable " + c.source() + " has no id; it is cited by its file name, " + c.key());
        }
        skipped.add("entity person:x appears twice; the first is kept");
        List<LoadProblem> rows = GraphNotes.rows(cables, skipped);
        assertEquals(2, rows.size(), rows.toString());
        LoadProblem grouped = rows.get(0);
        assertEquals("(8 cables)", grouped.file());
        assertTrue(grouped.reason().startsWith("have no cable id"), grouped.reason());
        assertTrue(grouped.reason().contains("partial-00.txt, partial-01.txt"), grouped.reason());
        assertTrue(grouped.reason().endsWith("partial-04.txt and 3 more"), grouped.reason());
        assertEquals(new LoadProblem("(graph)", 0, "entity person:x appears twice; the first is kept"), rows.get(1));
        assertEquals(8, GraphNotes.withoutId(cables));
    }

    @Test
    void oneCableWithoutAnIdIsNamedByItsFile(@TempDir Path dir) throws Exception {
        List<Cable> cables = withoutIds(dir, 1);
        List<LoadProblem> rows = GraphNotes.rows(cables, List.of());
        assertEquals(1, rows.size());
        assertEquals(cables.get(0).source(), rows.get(0).file());
        assertTrue(rows.get(0).reason().startsWith("has no cable id"), rows.get(0).reason());
    }

    @Test
    void withEveryIdThereIsNothingToGroup() {
        Cable whole = reader.readFile(Path.of("sample-data", "08BAKU73.txt")).cable();
        assertEquals(List.of(), GraphNotes.rows(List.of(whole), List.of()));
        assertEquals(0, GraphNotes.withoutId(List.of(whole)));
    }
}
