package tieline.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tieline.ui.LaunchOptions;
import tieline.ui.TielineApp;
import tieline.workspace.MergeEntities;
import tieline.workspace.file.ContentHash;
import tieline.workspace.file.EditHistory;
import tieline.workspace.file.Recovery;
import tieline.workspace.file.SourceRef;
import tieline.workspace.file.ViewState;
import tieline.workspace.file.WorkspaceFile;
import tieline.workspace.file.WorkspaceStore;

/** After a crash the next start offers the recovery file; restoring it brings back the unsaved edit. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceRecoveryUiTest {

    @TempDir
    static Path dir;

    private TielineApp.Launched app;

    @Start
    void start(Stage stage) throws IOException {
        Path cables = Files.createDirectories(dir.resolve("cables"));
        List<SourceRef> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path copy = cables.resolve(p.getFileName());
                Files.copy(p, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                sources.add(new SourceRef(copy.toAbsolutePath().toString(), ContentHash.of(copy), Files.size(copy)));
            }
        }
        Path recoveryDir = dir.resolve("recovery");
        Recovery recovery = new Recovery(recoveryDir);
        Files.createDirectories(recoveryDir);
        WorkspaceFile unsaved = WorkspaceFile.of(Instant.parse("2026-01-05T10:00:00Z"), sources,
                new EditHistory(1, List.of(new MergeEntities("topic:tep", "topic:pfp",
                        Instant.parse("2026-01-05T09:59:00Z")))), List.of(), ViewState.initial());
        new WorkspaceStore().saveWithoutBackup(recovery.fileFor(null), unsaved.asRecoveryOf(null));
        app = TielineApp.launchWindow(stage, LaunchOptions.parse(List.of(cables.toString())),
                new WorkspaceSettings(recoveryDir, Duration.ofHours(1)));
    }

    @AfterEach
    void stopAutosave() {
        app.workspace().discardUnsaved();
        app.workspace().shutdown();
    }

    @Test
    void theNextStartOffersToRestoreAndRestoringBringsTheEditBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Restore").tryQuery().isPresent());
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.workspace().finishedOperations() >= 1
                && !app.window().model().load().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var graph = app.window().model().graphProperty().get();
        assertTrue(graph.entity("topic:pfp").isEmpty(), "the unsaved merge is back");
        assertTrue(graph.entity("topic:tep").isPresent());
        assertEquals(1, app.workspace().history().size());
        assertTrue(app.workspace().dirtyProperty().get(), "restored work is unsaved until saved");
        assertTrue(app.window().stage().getTitle().contains("untitled"), app.window().stage().getTitle());
    }
}
