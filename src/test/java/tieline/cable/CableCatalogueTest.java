package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index.csv catalogue beside cable files. */
class CableCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void rowsAreMatchedByFileNameAndBadRowsReported() throws IOException {
        Path csv = Files.writeString(dir.resolve("index.csv"), "id,date,classification,subject\n"
                + "03ANKARA1516,2003-03-11,CONFIDENTIAL,\"VERDICT, SUSPENDED\"\n"
                + "04BRASILIA222,2 Feb 2004,UNCLASSIFIED,X\n");
        List<CableProblem> problems = new ArrayList<>();
        CableCatalogue catalogue = CableCatalogue.load(csv, problems);
        assertEquals(1, catalogue.size());
        assertEquals(new CableCatalogue.Entry("03ANKARA1516", LocalDate.of(2003, 3, 11)),
                catalogue.entryFor(dir.resolve("03ANKARA1516.txt")).orElseThrow());
        assertTrue(catalogue.entryFor(dir.resolve("04BRASILIA222.txt")).isEmpty());
        assertEquals(1, problems.size());
        assertEquals(CableProblem.Kind.BAD_CATALOGUE, problems.get(0).kind());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).describe().contains("index.csv:3: expected a date such as 2008-01-29"));
    }

    @Test
    void readerUsesTheCatalogueOnlyWhenAsked() throws IOException {
        Files.writeString(dir.resolve("index.csv"), "id,date\n03ANKARA1516,2003-03-11\n");
        Files.writeString(dir.resolve("03ANKARA1516.txt"), "C O N F I D E N T I A L ANKARA 001516\n\n"
                + "SUBJECT: VERDICT SUSPENDED\n\n1. (U) Text.\n");
        Cable with = new CableReader().read(List.of(dir)).cables().get(0);
        assertEquals("03ANKARA1516", with.id());
        assertEquals(LocalDate.of(2003, 3, 11), with.date());
        Cable without = new CableReader(CableReader.DEFAULT_MAX_BYTES, false).read(List.of(dir)).cables().get(0);
        assertEquals(null, without.dateTime());
    }

    @Test
    void catalogueWithoutIdAndDateColumnsIsReported() throws IOException {
        Path csv = Files.writeString(dir.resolve("index.csv"), "name,when\nx,y\n");
        List<CableProblem> problems = new ArrayList<>();
        assertEquals(0, CableCatalogue.load(csv, problems).size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("'id' and 'date'"));
    }
}
