package tieline.workspace.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.export.AtomicFileWriter.Step;
import tieline.workspace.AllEditsAccess;
import tieline.workspace.Edit;

class WorkspaceStoreTest {

    @TempDir
    Path dir;

    private final WorkspaceStore store = new WorkspaceStore();

    @Test
    void everyEditKindAndTheViewStateSurviveARoundTrip() throws Exception {
        List<Edit> edits = AllEditsAccess.sample();
        WorkspaceFile ws = SampleWorkspaces.with(edits, edits.size() - 2);
        Path file = dir.resolve("azerbaijan.tieline");
        store.save(file, ws);
        WorkspaceFile back = store.load(file);
        assertEquals(ws, back);
        assertEquals(edits, back.edits().log());
        assertEquals(12, back.edits().log().stream().map(Object::getClass).distinct().count(),
                "the sample holds every edit kind");
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"tieline-workspace\""), json);
        assertTrue(json.contains("\"kind\" : \"merge-entities\""), json);
        assertTrue(json.contains("\"ceiling\" : \"SECRET//NOFORN\""), json);
        assertTrue(json.contains("\"at\" : \"2026-01-05T10:00:01Z\""), json);
        assertArrayEquals(Files.readAllBytes(file), store.toBytes(back), "reading and writing again changes nothing");
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("w.tieline");
        WorkspaceFile first = SampleWorkspaces.with(AllEditsAccess.sample(), 3);
        store.save(file, first);
        assertFalse(Files.exists(dir.resolve("w.tieline.bak")), "nothing to back up on the first save");
        store.save(file, SampleWorkspaces.other());
        assertEquals(first, store.load(dir.resolve("w.tieline.bak")));
        assertEquals(SampleWorkspaces.other(), store.load(file));
        assertEquals(List.of("w.tieline", "w.tieline.bak"), names(dir), "no temporary files are left");
    }

    @Test
    void aCrashAtEveryStepLeavesTheOldOrTheNewFile() throws Exception {
        WorkspaceFile oldWs = SampleWorkspaces.with(AllEditsAccess.sample(), 5);
        WorkspaceFile newWs = SampleWorkspaces.other();
        for (Step step : Step.values()) {
            Path work = Files.createDirectories(dir.resolve("work-" + step));
            Path file = work.resolve("w.tieline");
            new WorkspaceStore().save(file, oldWs);
            Path image = dir.resolve("crash-" + step);
            WorkspaceStore crashing = new WorkspaceStore((s, target) -> {
                if (s == step) {
                    copyFolder(work, image);
                    if (s == Step.SYNC_TEMP) {
                        tearTemporaryFiles(image);
                    }
                }
            });
            crashing.save(file, newWs);
            WorkspaceFile survived = store.load(image.resolve("w.tieline"));
            boolean oldOrNew = survived.equals(oldWs) || survived.equals(newWs);
            assertTrue(oldOrNew, "after a crash at " + step);
            if (step.compareTo(Step.MOVE_INTO_PLACE) <= 0) {
                assertEquals(oldWs, survived, "before the move the old file stands (" + step + ")");
            } else {
                assertEquals(newWs, survived, "after the move the new file stands (" + step + ")");
            }
            try (Stream<Path> left = Files.list(image)) {
                for (Path p : left.toList()) {
                    if (p.getFileName().toString().endsWith(".tmp")) {
                        continue;
                    }
                    store.load(p);
                }
            }
            Path reopened = image.resolve("w.tieline");
            new WorkspaceStore().save(reopened, newWs);
            try (Stream<Path> left = Files.list(image)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                        "the next save clears temporary files a crash at " + step + " left");
            }
        }
    }

    @Test
    void aFailureAtEveryStepKeepsTheOldFileAndLeavesNoTemporaryFiles() throws Exception {
        WorkspaceFile oldWs = SampleWorkspaces.with(AllEditsAccess.sample(), 5);
        WorkspaceFile newWs = SampleWorkspaces.other();
        for (Step step : Step.values()) {
            Path work = Files.createDirectories(dir.resolve("fail-" + step));
            Path file = work.resolve("w.tieline");
            store.save(file, oldWs);
            WorkspaceStore failing = new WorkspaceStore((s, target) -> {
                if (s == step) {
                    throw new IOException("disk failed at " + s);
                }
            });
            IOException e = assertThrows(IOException.class, () -> failing.save(file, newWs));
            assertTrue(e.getMessage().contains(step.name()));
            WorkspaceFile now = store.load(file);
            if (step.compareTo(Step.MOVE_INTO_PLACE) <= 0) {
                assertEquals(oldWs, now, "a failure at " + step + " keeps the old file");
            } else {
                assertEquals(newWs, now, "a failure at " + step + " comes after the move");
            }
            try (Stream<Path> left = Files.list(work)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "after " + step);
            }
        }
    }

    @Test
    void aFirstSaveThatCrashesLeavesNothingHalfWritten() throws Exception {
        for (Step step : Step.values()) {
            Path work = Files.createDirectories(dir.resolve("first-" + step));
            Path image = dir.resolve("first-crash-" + step);
            new WorkspaceStore((s, target) -> {
                if (s == step) {
                    copyFolder(work, image);
                }
            }).save(work.resolve("w.tieline"), SampleWorkspaces.other());
            Path file = image.resolve("w.tieline");
            if (Files.exists(file)) {
                assertEquals(SampleWorkspaces.other(), store.load(file), step.name());
            }
        }
    }

    @Test
    void truncatedFilesAreReportedWithLineAndColumnAtEveryLength() throws Exception {
        byte[] full = store.toBytes(SampleWorkspaces.with(AllEditsAccess.sample(), 4));
        int lastBrace = new String(full, StandardCharsets.UTF_8).lastIndexOf('}');
        Path file = dir.resolve("cut.tieline");
        int checked = 0;
        for (int length = 1; length < lastBrace; length += 7) {
            Files.write(file, Arrays.copyOf(full, length));
            WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file),
                    "cut at " + length);
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            if (e.kind() == WorkspaceLoadException.Kind.CORRUPT) {
                assertTrue(e.line() > 0, e.getMessage());
                assertTrue(e.getMessage().contains("line " + e.line() + ", column "), e.getMessage());
            }
            checked++;
        }
        assertTrue(checked > 100);
    }

    @Test
    void aCorruptFileNamesLineAndColumnAndPointsToTheBackup() throws Exception {
        Path file = dir.resolve("w.tieline");
        store.save(file, SampleWorkspaces.other());
        store.save(file, SampleWorkspaces.other());
        Files.writeString(file, "{\n  \"format\" : \"tieline-workspace\",\n  \"version\" : 1,\n  \"sources\" : [ ,\n}");
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.CORRUPT, e.kind());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("line 4, column"), e.getMessage());
        assertTrue(e.getMessage().contains("w.tieline.bak"), e.getMessage());
    }

    @Test
    void binaryGarbageIsCorrupt() throws Exception {
        Path file = dir.resolve("garbage.tieline");
        Files.write(file, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 1, 2, (byte) 0xff});
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.CORRUPT, e.kind());
    }

    @Test
    void aNewerFormatIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("future.tieline");
        Files.writeString(file, "{\"format\": \"tieline-workspace\", \"version\": 2, \"holograms\": []}");
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.NEWER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("made by a newer Tieline (format 2); this version reads format 1"),
                e.getMessage());
    }

    @Test
    void otherJsonIsNotAWorkspace() throws Exception {
        Path file = dir.resolve("graph.json");
        Files.writeString(file, "{\"format\": \"tieline-graph\", \"version\": 1, \"entities\": []}");
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.NOT_A_WORKSPACE, e.kind());
        assertTrue(e.getMessage().contains("\"tieline-graph\""), e.getMessage());
        Files.writeString(file, "[1, 2, 3]");
        assertEquals(WorkspaceLoadException.Kind.NOT_A_WORKSPACE,
                assertThrows(WorkspaceLoadException.class, () -> store.load(file)).kind());
    }

    @Test
    void anUnknownEditKindIsReportedAtItsLine() throws Exception {
        Path file = dir.resolve("w.tieline");
        store.save(file, SampleWorkspaces.with(AllEditsAccess.sample(), 2));
        String json = Files.readString(file).replace("\"kind\" : \"hide\"", "\"kind\" : \"teleport\"");
        Files.writeString(file, json);
        int line = lineOf(json, "teleport");
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.INVALID, e.kind());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("teleport"), e.getMessage());
    }

    @Test
    void aBadMarkingOrAMissingFieldIsInvalid() throws Exception {
        Path file = dir.resolve("w.tieline");
        store.save(file, SampleWorkspaces.with(AllEditsAccess.sample(), 2));
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"SECRET//NOFORN\"", "\"PURPLE\""));
        WorkspaceLoadException bad = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.INVALID, bad.kind());
        assertTrue(bad.getMessage().contains("PURPLE"), bad.getMessage());
        Files.writeString(file, json.replaceFirst("\"keepId\" : \"[^\"]*\",", ""));
        WorkspaceLoadException missing = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.INVALID, missing.kind());
        assertTrue(missing.line() > 0, missing.getMessage());
    }

    @Test
    void aCursorOutsideTheLogIsInvalid() throws Exception {
        Path file = dir.resolve("w.tieline");
        store.save(file, SampleWorkspaces.with(AllEditsAccess.sample(), 2));
        Files.writeString(file, Files.readString(file).replace("\"cursor\" : 2", "\"cursor\" : 99"));
        WorkspaceLoadException e = assertThrows(WorkspaceLoadException.class, () -> store.load(file));
        assertEquals(WorkspaceLoadException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("cursor 99"), e.getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        Path empty = dir.resolve("empty.tieline");
        Files.writeString(empty, "  \n");
        assertEquals(WorkspaceLoadException.Kind.EMPTY,
                assertThrows(WorkspaceLoadException.class, () -> store.load(empty)).kind());
        WorkspaceLoadException missing = assertThrows(WorkspaceLoadException.class,
                () -> store.load(dir.resolve("nowhere.tieline")));
        assertEquals(WorkspaceLoadException.Kind.UNREADABLE, missing.kind());
        assertNotNull(missing.getMessage());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Cuts temporary files to half, as a power cut before the fsync may leave them. */
    private static void tearTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                Files.write(p, Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
