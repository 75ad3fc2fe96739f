package tieline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tieline.Corpus;
import tieline.cable.Classification;
import tieline.export.GraphDocument;
import tieline.export.JsonGraphReader;
import tieline.model.Evidence;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TielineCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String sample() {
        return Corpus.sampleData().toString();
    }

    @Test
    void exportsTheSeedCablesAsJsonThatReadsBack() throws Exception {
        Path file = dir.resolve("graph.json");
        assertEquals(0, run("export", sample(), "--out", file.toString()), err.toString());
        GraphDocument doc = new JsonGraphReader().read(file);
        assertEquals(5, doc.cables().size());
        assertTrue(doc.entities().size() > 10, "entities: " + doc.entities().size());
        assertFalse(doc.relationships().isEmpty());
        java.util.Set<String> roleOrganizations = new java.util.HashSet<>();
        doc.entities().forEach(e -> e.entity().roles().forEach(r -> roleOrganizations.add(r.organizationId())));
        assertTrue(doc.entities().stream().allMatch(e -> !e.mentions().isEmpty()
                        || roleOrganizations.contains(e.entity().id())),
                "every entity is mentioned, or is the organization of someone's role");
        assertTrue(err.toString().contains("wrote " + file + " (json,"), err.toString());
        assertTrue(err.toString().contains("5 cables read, 0 problems"), err.toString());
    }

    @Test
    void dateRangeAndCeilingApply() throws Exception {
        Path file = dir.resolve("view.json");
        assertEquals(0, run("export", sample(), "--format", "JSON", "--out", file.toString(), "--from", "2008-01-01",
                "--to", "2009-12-31", "--max-classification", "U"), err.toString());
        GraphDocument doc = new JsonGraphReader().read(file);
        for (Evidence e : doc.evidence()) {
            assertTrue(e.marking().isAtOrBelow(Classification.UNCLASSIFIED), e.toString());
            assertFalse(e.date().isBefore(java.time.LocalDate.of(2008, 1, 1)), e.toString());
            assertFalse(e.date().isAfter(java.time.LocalDate.of(2009, 12, 31)), e.toString());
        }
        assertTrue(err.toString().contains("ceiling UNCLASSIFIED"), err.toString());
    }

    @Test
    void everyFormatIsWrittenAndTheFormatFollowsTheExtension() throws Exception {
        for (String ext : new String[] {"graphml", "gexf", "csv"}) {
            Path file = dir.resolve("graph." + ext);
            assertEquals(0, run("export", sample(), "-o", file.toString()), err.toString());
            assertTrue(Files.size(file) > 100, ext);
        }
        assertTrue(Files.readString(dir.resolve("graph.gexf")).contains("mode=\"dynamic\""));
        assertTrue(Files.readString(dir.resolve("graph.csv")).startsWith("relationship,source,target,"));
    }

    @Test
    void badArgumentsGiveClearMessagesAndExitCode2() {
        assertEquals(2, run("export", sample(), "--out", dir.resolve("g.json").toString(), "--max-classification", "TOP"));
        assertTrue(err.toString().contains("'TOP' is not a classification; use U, SBU, C, S, S/NF"), err.toString());
        assertEquals(2, run("export", sample(), "--out", dir.resolve("g.json").toString(), "--from", "29/01/2008"));
        assertTrue(err.toString().contains("use the ISO form yyyy-mm-dd"), err.toString());
        assertEquals(2, run("export", sample(), "--out", dir.resolve("g.txt").toString()));
        assertTrue(err.toString().contains("cannot tell the format from 'g.txt'"), err.toString());
        assertEquals(2, run("export", sample(), "--out", dir.resolve("g.json").toString(), "--format", "gif"));
        assertEquals(2, run("export", sample(), "--out", dir.resolve("g.json").toString(), "--from", "2009-01-01",
                "--to", "2008-01-01"));
        assertTrue(err.toString().contains("--from 2009-01-01 is after --to 2008-01-01"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void unwritablePathOrNoCablesGiveExitCode1WithoutAStackTrace() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("g.json");
        assertEquals(1, run("export", sample(), "--out", missing.toString()));
        assertTrue(err.toString().contains("tieline export: cannot write " + missing + ": folder "), err.toString());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("note.txt"), "");
        assertEquals(1, run("export", empty.toString(), "--out", dir.resolve("g.json").toString()));
        assertTrue(err.toString().contains("no cable could be read; nothing written"), err.toString());
        assertTrue(err.toString().contains("note.txt: file is empty"), err.toString());
        assertFalse(Files.exists(dir.resolve("g.json")));

        Path badGazetteer = dir.resolve("gaz.json");
        Files.writeString(badGazetteer, "{ not json");
        assertEquals(1, run("export", sample(), "--out", dir.resolve("g.json").toString(), "--gazetteer",
                badGazetteer.toString()));
        assertTrue(err.toString().contains(badGazetteer.toString()), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void userGazetteerExtendsTheBundledOne() throws Exception {
        Path gazetteer = dir.resolve("mine.json");
        Files.writeString(gazetteer, "{\"format\": \"tieline-gazetteer\", \"version\": 1, \"entries\": []}");
        Path file = dir.resolve("g.json");
        assertEquals(0, run("export", sample(), "--out", file.toString(), "--gazetteer", gazetteer.toString()),
                err.toString());
        assertTrue(Files.size(file) > 1000);
    }
}
