package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.ui.theme.Theme;

class LaunchOptionsTest {

    @Test
    void noArgumentsOpensTheSampleData() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertEquals(List.of(Path.of("sample-data")), o.paths());
        assertEquals(Theme.LIGHT, o.theme());
        assertTrue(o.select().isEmpty());
        assertTrue(o.errors().isEmpty());
    }

    @Test
    void pathsThemeAndSelection() {
        LaunchOptions o = LaunchOptions.parse(List.of("a.txt", "--theme", "dark", "--select", "Azimov--Anne Derse", "dir"));
        assertEquals(List.of(Path.of("a.txt"), Path.of("dir")), o.paths());
        assertEquals(Theme.DARK, o.theme());
        assertEquals(List.of("Azimov", "Anne Derse"), o.select());
        assertEquals(List.of("Heydarov"), LaunchOptions.parse(List.of("--select=Heydarov")).select());
    }

    @Test
    void badOptionsBecomeSentencesNotExceptions() {
        LaunchOptions o = LaunchOptions.parse(List.of("--zoom", "--select", "--"));
        assertEquals(2, o.errors().size(), o.errors().toString());
        assertTrue(o.errors().get(0).contains("--zoom"));
        assertTrue(o.errors().get(1).contains("--select"));
    }
}
