package tieline.cable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue kept beside cable files by the archive they came from: {@code index.csv} with a
 * header row naming at least the columns {@code id} and {@code date} (ISO {@code yyyy-MM-dd}).
 * A cable file {@code 08BAKU73.txt} matches the row whose id is {@code 08BAKU73}. The reader
 * takes id and date from it only for cables whose text does not carry them (some archive
 * records are extracts without routing header or date).
 */
public final class CableCatalogue {

    /** The file name a catalogue has in a folder of cables. */
    public static final String FILE_NAME = "index.csv";

    /** One catalogue row: the cable id and its date. */
    public record Entry(String id, LocalDate date) {
    }

    private static final CableCatalogue EMPTY = new CableCatalogue(Map.of());

    private final Map<String, Entry> byId;

    private CableCatalogue(Map<String, Entry> byId) {
        this.byId = byId;
    }

    /** A catalogue without entries. */
    public static CableCatalogue empty() {
        return EMPTY;
    }

    /**
     * Loads a catalogue file. Rows that cannot be read are reported in {@code problems} (file and
     * line) and skipped; a file without {@code id} and {@code date} columns gives an empty catalogue
     * and one problem.
     */
    public static CableCatalogue load(Path csv, List<CableProblem> problems) {
        List<String> rows;
        try {
            rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(new CableProblem(csv.toString(), 0, CableProblem.Kind.UNREADABLE,
                    "cannot read cable catalogue: " + e.getMessage()));
            return EMPTY;
        }
        if (rows.isEmpty()) {
            return EMPTY;
        }
        List<String> header = fields(rows.get(0).replace("\uFEFF", "")).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int idColumn = header.indexOf("id");
        int dateColumn = header.indexOf("date");
        if (idColumn < 0 || dateColumn < 0) {
            problems.add(new CableProblem(csv.toString(), 1, CableProblem.Kind.BAD_CATALOGUE,
                    "a cable catalogue needs columns 'id' and 'date' in its first row; found " + header));
            return EMPTY;
        }
        Map<String, Entry> byId = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            List<String> f = fields(row);
            if (f.size() <= Math.max(idColumn, dateColumn)) {
                problems.add(new CableProblem(csv.toString(), i + 1, CableProblem.Kind.BAD_CATALOGUE,
                        "expected at least " + (Math.max(idColumn, dateColumn) + 1) + " columns, found " + f.size()));
                continue;
            }
            String id = f.get(idColumn).strip();
            try {
                byId.put(id.toUpperCase(Locale.ROOT), new Entry(id, LocalDate.parse(f.get(dateColumn).strip())));
            } catch (DateTimeException e) {
                problems.add(new CableProblem(csv.toString(), i + 1, CableProblem.Kind.BAD_CATALOGUE,
                        "expected a date such as 2008-01-29 in column 'date', found '" + f.get(dateColumn) + "'"));
            }
        }
        return new CableCatalogue(byId);
    }

    /** The entry for a cable file, matched by its name without extension. */
    public Optional<Entry> entryFor(Path cableFile) {
        if (byId.isEmpty() || cableFile.getFileName() == null) {
            return Optional.empty();
        }
        String name = cableFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Optional.ofNullable(byId.get(stem.toUpperCase(Locale.ROOT)));
    }

    /** Number of entries. */
    public int size() {
        return byId.size();
    }

    /** The fields of one CSV row: commas separate, double quotes enclose, {@code ""} is a quote. */
    static List<String> fields(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
