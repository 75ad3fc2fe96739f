package tieline.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints benchmark results as an aligned two-column table. */
final class BenchTable {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    BenchTable(String title) {
        this.title = title;
    }

    BenchTable row(String name, String value) {
        rows.add(new String[] {name, value});
        return this;
    }

    BenchTable row(String name, String format, Object... args) {
        return row(name, String.format(Locale.ROOT, format, args));
    }

    void print(PrintStream out) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        out.println(title);
        out.println("-".repeat(title.length()));
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "%-" + width + "s  %s%n", r[0], r[1]);
        }
    }
}
