package tieline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tieline.Corpus;

/** {@code tieline cables}: one line per cable, a summary with the problems, and JSON that parses. */
class CablesCommandTest {

    @TempDir
    Path dir;

    /** Output and error text and exit code of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TielineCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void oneLinePerCableAndASummary() {
        Run r = run("cables", Corpus.sampleData().toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        String baku73 = lines.stream().filter(l -> l.startsWith("08BAKU73 ")).findFirst().orElseThrow();
        assertTrue(baku73.matches("08BAKU73\\s+2008-01-29T05:05Z\\s+CONFIDENTIAL\\s+11\\s+AZERBAIJANI DEPUTY FOREIGN "
                + "MINISTER REVIEWS BILATERAL SECURITY ISSUES"), baku73);
        assertTrue(r.err().startsWith("5 cables read, 0 problems"), r.err());
    }

    @Test
    void problemsAreListedWithFileNames() throws IOException {
        Files.copy(Corpus.sampleData().resolve("09BAKU433.txt"), dir.resolve("09BAKU433.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("page.txt"), "<html><body>no</body></html>");
        Run r = run("cables", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(0, r.exitCode(), "some cables were read");
        assertEquals(1, r.out().lines().count());
        assertTrue(r.err().startsWith("1 cables read, 3 problems"), r.err());
        assertTrue(r.err().contains("empty.txt: file is empty"), r.err());
        assertTrue(r.err().contains("page.txt: an HTML page"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file or folder"), r.err());
    }

    @Test
    void catalogueDatesAreShownToTheDay() throws IOException {
        Files.writeString(dir.resolve("index.csv"), "id,date\n03ANKARA1516,2003-03-11\n");
        Files.writeString(dir.resolve("03ANKARA1516.txt"), "C O N F I D E N T I A L ANKARA 001516\n\n"
                + "SUBJECT: VERDICT SUSPENDED\n\n1. (U) Text.\n");
        Run r = run("cables", dir.toString());
        assertTrue(r.out().matches("03ANKARA1516\\s+2003-03-11\\s+CONFIDENTIAL\\s+1\\s+VERDICT SUSPENDED\\R"), r.out());
    }

    @Test
    void nothingButProblemsExitsWithOne() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("cables", dir.toString());
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
    }

    @Test
    void jsonParsesAndCarriesTheFields() throws IOException {
        Run r = run("cables", "--json", Corpus.sampleData().resolve("08BAKU73.txt").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode cable = doc.get("cables").get(0);
        assertEquals("08BAKU73", cable.get("id").asText());
        assertEquals("2008-01-29T05:05:00Z", cable.get("date").asText());
        assertEquals("PRIORITY", cable.get("precedence").asText());
        assertEquals("CONFIDENTIAL", cable.get("classification").asText());
        assertEquals("2018-01-29", cable.get("declassifyOn").asText());
        assertEquals(4, cable.get("refs").size());
        assertEquals("07BAKU1226", cable.get("refs").get(0).asText());
        assertEquals("DERSE", cable.get("signer").asText());
        assertEquals("TEXT", cable.get("dateSource").asText());
        assertEquals(11, cable.get("paragraphs").size());
        JsonNode first = cable.get("paragraphs").get(0);
        assertEquals(1, first.get("number").asInt());
        assertEquals("C", first.get("marking").asText());
        assertEquals("SUMMARY", first.get("kind").asText());
        assertEquals(0, doc.get("problems").size());
    }
}
