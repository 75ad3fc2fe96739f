package tieline.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tieline.cable.Cable;

/**
 * Turns what building the graph left out into rows of the problems panel. Cables without an
 * id (partial extracts that lack the reference line, such as {@code BAKU 000073}) are common
 * in a large corpus: they become one row saying how many and naming a few, instead of a row
 * each that floods the panel; every other note stays a row of its own.
 */
final class GraphNotes {

    /** How many files the grouped row names before "and N more". */
    static final int NAMED = 5;

    private GraphNotes() {
    }

    /**
     * The problem rows for the graph's {@code skipped} notes over {@code cables}: a note about a
     * cable without an id (it names the cable's file) joins the one grouped row.
     */
    static List<LoadProblem> rows(List<Cable> cables, List<String> skipped) {
        List<String> withoutId = new ArrayList<>();
        for (Cable c : cables) {
            if (c.id() == null && c.source() != null) {
                withoutId.add(c.source());
            }
        }
        List<LoadProblem> rows = new ArrayList<>();
        if (!withoutId.isEmpty()) {
            rows.add(grouped(withoutId));
        }
        Set<String> grouped = new HashSet<>(withoutId);
        for (String note : skipped) {
            if (!grouped.contains(noIdCableOf(note))) {
                rows.add(new LoadProblem("(graph)", 0, note));
            }
        }
        return rows;
    }

    /** How many of the cables have no id, for the status line. */
    static long withoutId(List<Cable> cables) {
        return cables.stream().filter(c -> c.id() == null).count();
    }

    /** The file the graph's "cable FILE has no id; ..." note names, or null for any other note. */
    private static String noIdCableOf(String note) {
        int end = note.indexOf(NO_ID);
        return note.startsWith(CABLE) && end > CABLE.length() ? note.substring(CABLE.length(), end) : null;
    }

    private static final String CABLE = "cable ";
    private static final String NO_ID = " has no id;";

    private static LoadProblem grouped(List<String> sources) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, sources.size()); i++) {
            names.append(i == 0 ? "" : ", ").append(fileName(sources.get(i)));
        }
        if (sources.size() > NAMED) {
            names.append(String.format(Locale.ROOT, " and %,d more", sources.size() - NAMED));
        }
        int n = sources.size();
        String file = n == 1 ? sources.get(0) : String.format(Locale.ROOT, "(%,d cables)", n);
        String reason = String.format(Locale.ROOT,
                "%s no cable id (no reference line such as \"BAKU 000073\" and no index.csv entry; partial "
                        + "extracts): %s read and cited by file name: %s",
                n == 1 ? "has" : "have", n == 1 ? "it is" : "they are", names);
        return new LoadProblem(file, 0, reason);
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (RuntimeException notAPath) {
            return source;
        }
    }
}
