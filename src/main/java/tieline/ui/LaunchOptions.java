package tieline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieline.ui.theme.Theme;

/**
 * The desktop app's command line: files and folders to open (default: {@code sample-data}
 * when it exists in the working directory), {@code --theme light|dark}, and
 * {@code --select "A--B"} to select the relationship between two entities (by name or alias)
 * once loading is done, e.g. for a screenshot.
 *
 * @param paths  files and folders to open
 * @param theme  the look to start with
 * @param select the two names of a relationship to select, or empty
 * @param errors arguments that could not be understood, one sentence each
 */
public record LaunchOptions(List<Path> paths, Theme theme, List<String> select, List<String> errors) {

    public LaunchOptions {
        paths = List.copyOf(paths);
        select = List.copyOf(select);
        errors = List.copyOf(errors);
    }

    /** Reads the raw program arguments; never throws. */
    public static LaunchOptions parse(List<String> args) {
        List<Path> paths = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Theme theme = Theme.LIGHT;
        List<String> select = List.of();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--theme") && i + 1 < args.size()) {
                theme = Theme.named(args.get(++i));
            } else if (a.startsWith("--theme=")) {
                theme = Theme.named(a.substring("--theme=".length()));
            } else if ((a.equals("--select") && i + 1 < args.size()) || a.startsWith("--select=")) {
                String pair = a.startsWith("--select=") ? a.substring("--select=".length()) : args.get(++i);
                String[] parts = pair.split("--", 2);
                if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                    select = List.of(parts[0].trim(), parts[1].trim());
                } else {
                    errors.add("--select expects two names joined by --, e.g. \"Azimov--Derse\"; got \"" + pair + "\"");
                }
            } else if (a.startsWith("--")) {
                errors.add("unknown option " + a + " (known: --theme light|dark, --select A--B)");
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            Path sample = Path.of("sample-data");
            if (Files.isDirectory(sample)) {
                paths.add(sample);
            }
        }
        return new LaunchOptions(paths, theme, select, errors);
    }
}
