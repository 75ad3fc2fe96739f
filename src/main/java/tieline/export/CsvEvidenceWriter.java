package tieline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.model.Evidence;

/**
 * Writes one CSV row per piece of visible evidence (RFC 4180: comma separated, CRLF line ends,
 * fields holding a comma, quote or line break are quoted with inner quotes doubled; UTF-8).
 * Columns: relationship, source, target, sourceName, targetName, type, cable, paragraph,
 * marking, date, dateFrom, quote. Rows follow the view's relationships, each in timeline order.
 */
public final class CsvEvidenceWriter implements ViewWriter {

    /** The header row's column names. */
    public static final List<String> COLUMNS = List.of("relationship", "source", "target", "sourceName", "targetName",
            "type", "cable", "paragraph", "marking", "date", "dateFrom", "quote");

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        row(w, COLUMNS);
        for (Relationship r : view.relationships()) {
            String sourceName = view.graph().entity(r.sourceId()).map(Entity::name).orElse("");
            String targetName = view.graph().entity(r.targetId()).map(Entity::name).orElse("");
            for (Evidence e : r.timeline()) {
                row(w, List.of(r.id(), r.sourceId(), r.targetId(), sourceName, targetName, e.type().name(),
                        nonNull(e.cableId()), Integer.toString(e.paragraph()), nonNull(JsonGraphWriter.code(e.marking())),
                        e.date() == null ? "" : e.date().toString(), e.dateFrom() == null ? "" : e.dateFrom().name(),
                        nonNull(e.quote())));
            }
        }
        w.flush();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** One field, quoted when it holds a comma, a quote or a line break. */
    static String field(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
