package tieline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tieline.cable.Cable;
import tieline.cable.CableProblem;
import tieline.cable.CableReader;
import tieline.cable.FieldSource;
import tieline.cable.Paragraph;
import tieline.cable.ReadResult;

/** {@code tieline cables}: lists the cables found in files and folders, or prints them as JSON. */
@Command(name = "cables", mixinStandardHelpOptions = true,
        description = "Read cables and print one line per cable (id, date, classification, paragraphs, subject), "
                + "then a summary with the problems found.")
final class CablesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "cable files or folders (read recursively)")
    List<Path> paths;

    @Option(names = "--json", description = "print the parsed cables as JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReadResult result = new CableReader().read(paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("cables", result.cables().stream().map(CablesCommand::toJson).toList());
            doc.put("problems", result.problems().stream().map(CablesCommand::toJson).toList());
            out.println(mapper.writeValueAsString(doc));
        } else {
            for (Cable c : result.cables()) {
                out.printf("%-18s %-17s %-26s %3d  %s%n", orDash(c.id()), when(c),
                        c.classification() == null ? "-" : c.classification().bannerText(),
                        c.paragraphs().size(), orDash(c.subject()));
            }
        }
        out.flush();
        err.printf("%d cables read, %d problems%n", result.cables().size(), result.problems().size());
        for (CableProblem p : result.problems()) {
            err.println("  " + p.describe());
        }
        err.flush();
        return result.cables().isEmpty() && !result.problems().isEmpty() ? 1 : 0;
    }

    /** The date-time group as {@code 2008-01-29T05:05Z}; a catalogue date, known to the day, as {@code 2004-02-02}. */
    private static String when(Cable c) {
        if (c.dateTime() == null) {
            return "-";
        }
        if (c.provenance().dateTime() == FieldSource.CATALOGUE) {
            return c.date().toString();
        }
        return c.dateTime().toString().replace(":00Z", "Z");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    static Map<String, Object> toJson(Cable c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("source", c.source());
        m.put("date", c.dateTime() == null ? null : c.dateTime().toString());
        m.put("dateSource", c.provenance().dateTime());
        m.put("idSource", c.provenance().id());
        m.put("precedence", c.precedence());
        m.put("origin", c.origin());
        m.put("to", c.to());
        m.put("info", c.info());
        m.put("classification", c.classification() == null ? null : c.classification().bannerText());
        m.put("section", c.section());
        m.put("declassifyOn", c.declassifyOn() == null ? null : c.declassifyOn().toString());
        m.put("tags", c.tags());
        m.put("subject", c.subject());
        m.put("refs", c.refIds());
        m.put("classifiedBy", c.classifiedBy());
        m.put("signer", c.signer());
        m.put("paragraphs", c.paragraphs().stream().map(CablesCommand::toJson).toList());
        return m;
    }

    private static Map<String, Object> toJson(Paragraph p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("label", p.label());
        m.put("marking", p.markingCode());
        m.put("kind", p.kind());
        m.put("line", p.line());
        m.put("text", p.text());
        return m;
    }

    private static Map<String, Object> toJson(CableProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.source());
        m.put("line", p.line());
        m.put("kind", p.kind());
        m.put("message", p.message());
        return m;
    }
}
