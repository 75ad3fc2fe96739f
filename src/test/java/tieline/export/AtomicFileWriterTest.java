package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("graph.json");
        AtomicFileWriter.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        AtomicFileWriter.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
        assertEquals(List.of("graph.json"), listing());
    }

    @Test
    void failureKeepsTheOldFileAndCleansUp() throws IOException {
        Path file = dir.resolve("graph.csv");
        Files.writeString(file, "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + file + ": disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("graph.csv"), listing());
    }

    @Test
    void missingFolderOrAFolderAsTargetGiveAClearMessage() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("graph.json");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFileWriter.write(missing, out -> { }));
        assertTrue(e.getMessage().contains("folder " + dir.resolve("no-such-folder") + " does not exist"), e.getMessage());

        ExportException folder = assertThrows(ExportException.class, () -> AtomicFileWriter.write(dir, out -> { }));
        assertTrue(folder.getMessage().endsWith("it is a folder; give a file name"), folder.getMessage());

        Path plainFile = dir.resolve("plain.txt");
        Files.writeString(plainFile, "x");
        ExportException underFile = assertThrows(ExportException.class,
                () -> AtomicFileWriter.write(plainFile.resolve("graph.json"), out -> { }));
        assertTrue(underFile.getMessage().contains("does not exist"), underFile.getMessage());
    }
}
