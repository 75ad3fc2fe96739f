package tieline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options the workspace store uses: backup, removal of leftovers, step listener. */
class AtomicFileWriterOptionsTest {

    @TempDir
    Path dir;

    private static AtomicFileWriter.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsThePreviousVersionAsBackupAndReportsEveryStepInOrder() throws IOException {
        Path file = dir.resolve("w.tieline");
        List<AtomicFileWriter.Step> heard = new ArrayList<>();
        AtomicFileWriter.Options options = new AtomicFileWriter.Options(true, true, (step, target) -> heard.add(step));
        AtomicFileWriter.write(file, text("one"), options);
        assertEquals(List.of(AtomicFileWriter.Step.CREATE_TEMP, AtomicFileWriter.Step.SYNC_TEMP,
                AtomicFileWriter.Step.MOVE_INTO_PLACE, AtomicFileWriter.Step.SYNC_FOLDER, AtomicFileWriter.Step.DONE),
                heard, "no backup step on the first write");
        heard.clear();
        AtomicFileWriter.write(file, text("two"), options);
        assertEquals(List.of(AtomicFileWriter.Step.values()), heard);
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(AtomicFileWriter.backupOf(file)));
        assertEquals(List.of("w.tieline", "w.tieline.bak"), listing());
    }

    @Test
    void removesLeftoversOfAnInterruptedWriteOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("w.tieline");
        Files.writeString(dir.resolve(".w.tieline.123-4.tmp"), "torn");
        Files.writeString(dir.resolve(".other.json.5-6.tmp"), "someone else's");
        AtomicFileWriter.write(file, text("plain"));
        assertTrue(Files.exists(dir.resolve(".w.tieline.123-4.tmp")), "the plain write leaves them alone");
        AtomicFileWriter.write(file, text("clean"), new AtomicFileWriter.Options(false, true, null));
        assertEquals(List.of(".other.json.5-6.tmp", "w.tieline"), listing());
    }

    @Test
    void aListenerThatThrowsStopsTheWriteAndTheOldFileStays() throws IOException {
        Path file = dir.resolve("w.tieline");
        Files.writeString(file, "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFileWriter.write(file, text("new"),
                new AtomicFileWriter.Options(true, false, (step, target) -> {
                    if (step == AtomicFileWriter.Step.MOVE_INTO_PLACE) {
                        throw new IOException("power cut");
                    }
                })));
        assertEquals("cannot write " + file + ": power cut", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals("old", Files.readString(AtomicFileWriter.backupOf(file)));
        assertEquals(List.of("w.tieline", "w.tieline.bak"), listing());
    }
}
