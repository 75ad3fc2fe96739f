package tieline.workspace.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.workspace.AllEditsAccess;

class AutosaveTest {

    @TempDir
    Path dir;

    @Test
    void flushWritesTheLatestSnapshotAndFindOffersIt() throws IOException {
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        Path workspace = dir.resolve("baku.tieline");
        try (Autosave autosave = new Autosave(recovery, new WorkspaceStore(), Duration.ofHours(1), e -> { })) {
            assertTrue(recovery.find().isEmpty());
            autosave.changed(SampleWorkspaces.other(), workspace);
            WorkspaceFile latest = SampleWorkspaces.with(AllEditsAccess.sample(), 7);
            autosave.changed(latest, workspace);
            autosave.flush();
            assertFalse(autosave.hasPending());
            List<RecoveryCandidate> found = recovery.find();
            assertEquals(1, found.size());
            RecoveryCandidate c = found.get(0);
            assertTrue(c.restorable());
            assertEquals(workspace.toAbsolutePath().normalize(), c.recoveryOf());
            assertEquals(latest.edits(), c.workspace().edits());
            assertEquals(AllEditsAccess.sample().size(), c.edits());
            assertTrue(c.describe().startsWith("baku.tieline, unsaved changes from"), c.describe());

            autosave.saved(workspace, workspace);
            assertTrue(recovery.find().isEmpty(), "a clean save clears the recovery file");
        }
    }

    @Test
    void theTimerWritesWithoutBeingAsked() throws Exception {
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        try (Autosave autosave = new Autosave(recovery, new WorkspaceStore(), Duration.ofMillis(20), e -> { })) {
            autosave.changed(SampleWorkspaces.other(), null);
            Path file = recovery.fileFor(null);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(file), "the autosave thread wrote the untitled recovery file");
            RecoveryCandidate c = recovery.find().get(0);
            assertNull(c.recoveryOf());
            assertTrue(c.describe().startsWith("An untitled workspace"), c.describe());
        }
    }

    @Test
    void savingAnUntitledWorkspaceClearsItsUntitledRecovery() throws IOException {
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        try (Autosave autosave = new Autosave(recovery, new WorkspaceStore(), Duration.ofHours(1), e -> { })) {
            autosave.changed(SampleWorkspaces.other(), null);
            autosave.flush();
            assertEquals(1, recovery.find().size());
            autosave.saved(null, dir.resolve("named.tieline"));
            assertTrue(recovery.find().isEmpty());
        }
    }

    @Test
    void aFailedWriteIsReportedAndRetried() throws Exception {
        Path blocker = dir.resolve("recovery");
        Files.writeString(blocker, "a file where the recovery folder should be");
        List<IOException> errors = new CopyOnWriteArrayList<>();
        Recovery recovery = new Recovery(blocker);
        try (Autosave autosave = new Autosave(recovery, new WorkspaceStore(), Duration.ofMillis(20), errors::add)) {
            autosave.changed(SampleWorkspaces.other(), null);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (errors.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(errors.size() >= 2, "reported at each tick: " + errors);
            assertTrue(autosave.hasPending(), "kept for the next try");
            Files.delete(blocker);
            autosave.flush();
            assertEquals(1, recovery.find().size());
        }
    }

    @Test
    void recoveryFilesAreNamedPerWorkspace() {
        Recovery recovery = new Recovery(dir);
        Path a = recovery.fileFor(Path.of("/data/one/baku.tieline"));
        Path b = recovery.fileFor(Path.of("/data/two/baku.tieline"));
        assertNotEquals(a, b, "same name, different folders");
        assertTrue(a.getFileName().toString().matches("baku-[0-9a-f]{8}\\.tieline"), a.toString());
        assertEquals(dir.toAbsolutePath().resolve("untitled.tieline"), recovery.fileFor(null));
    }

    @Test
    void aDamagedRecoveryFileIsListedAsNotRestorable() throws IOException {
        Recovery recovery = new Recovery(dir);
        Files.writeString(dir.resolve("broken.tieline"), "{\"format\": \"tieline-workspace\", \"vers");
        List<RecoveryCandidate> found = recovery.find();
        assertEquals(1, found.size());
        assertFalse(found.get(0).restorable());
        assertTrue(found.get(0).describe().contains("broken.tieline"), found.get(0).describe());
    }
}
