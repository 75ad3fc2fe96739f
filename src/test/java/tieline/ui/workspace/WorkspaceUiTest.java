package tieline.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.ui.LaunchOptions;
import tieline.ui.TielineApp;
import tieline.ui.graph.GraphCanvas;
import tieline.model.Evidence;
import tieline.workspace.HistoryEntry;

/**
 * The workspace through the window: merge two entities from the graph's context menu, undo
 * with Ctrl+Z, redo with Ctrl+Shift+Z, save, open the saved file again and find the same graph.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {

    private static final String TEP = "topic:tep";
    private static final String PFP = "topic:pfp";
    private static final String AZIMOV = "person:araz-azimov";

    @TempDir
    static Path dir;

    private TielineApp.Launched app;

    @Start
    void start(Stage stage) throws IOException {
        Path cables = Files.createDirectories(dir.resolve("cables"));
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, cables.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        app = TielineApp.launchWindow(stage, LaunchOptions.parse(List.of(cables.toString())),
                new WorkspaceSettings(dir.resolve("recovery"), Duration.ofHours(1)));
    }

    @AfterEach
    void closeAutosave() {
        app.workspace().discardUnsaved();
        app.workspace().shutdown();
    }

    private RelationshipGraph graph() {
        return app.window().model().graphProperty().get();
    }

    /** Waits until the worker is idle and at least {@code operations} workspace operations finished. */
    private void settle(int operations) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.workspace().finishedOperations() >= operations
                && !app.window().model().load().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Map<String, Integer> timelines(RelationshipGraph g) {
        Map<String, Integer> out = new TreeMap<>();
        for (Relationship r : g.relationships()) {
            out.put(r.id(), r.evidenceCount());
        }
        return out;
    }

    /**
     * Asks for the canvas's context menu at a screen point, as a secondary click or the menu key
     * does on a desktop (Monocle's headless glass does not turn clicks into context-menu requests).
     */
    private static void requestContextMenu(FxRobot robot, GraphCanvas canvas, Point2D screen) {
        robot.interact(() -> {
            Point2D inScene = canvas.localToScene(canvas.screenToLocal(screen));
            javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int evidence(RelationshipGraph g, String a, String b) {
        return g.relationship(a, b).map(Relationship::evidenceCount).orElse(0);
    }

    @Test
    void mergeUndoRedoSaveAndReopenGiveTheSameGraph(FxRobot robot) throws Exception {
        settle(1);
        assertNotNull(graph(), "the seed cables are loaded");
        assertTrue(graph().entity(TEP).isPresent() && graph().entity(PFP).isPresent());
        int azimovTep = evidence(graph(), AZIMOV, TEP);
        int azimovPfp = evidence(graph(), AZIMOV, PFP);
        Map<String, Integer> before = timelines(graph());

        GraphCanvas canvas = app.window().canvas();
        robot.interact(() -> app.window().model().selectAndCentre(TEP));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Point2D> at = new AtomicReference<>();
        robot.interact(() -> at.set(canvas.localToScreen(canvas.screenPointOf(TEP))));
        Point2D local = canvas.screenToLocal(at.get());
        assertEquals(TEP, canvas.entityAt(local.getX(), local.getY()), "TEP is under the pointer");
        robot.moveTo(at.get());
        requestContextMenu(robot, canvas, at.get());
        robot.clickOn("#ctx-merge");
        robot.clickOn("#entity-chooser-filter").write("Partnership for Peace");
        robot.clickOn("OK");
        settle(2);

        RelationshipGraph merged = graph();
        assertTrue(merged.entity(PFP).isEmpty(), "PfP is merged into TEP");
        assertTrue(merged.entity(TEP).orElseThrow().aliases().contains("Partnership for Peace"));
        assertEquals(azimovTep + azimovPfp, evidence(merged, AZIMOV, TEP), "the timelines combine");
        assertEquals(1, app.workspace().history().size());
        assertTrue(app.workspace().history().get(0).description().startsWith("Merged \u201cPartnership for Peace\u201d"),
                app.workspace().history().get(0).description());
        Map<String, Integer> afterMerge = timelines(merged);

        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle(3);
        assertTrue(graph().entity(PFP).isPresent(), "undo brings PfP back");
        assertEquals(before, timelines(graph()), "undo restores every timeline");
        assertTrue(app.workspace().history().get(0).undone());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(4);
        assertTrue(graph().entity(PFP).isEmpty(), "redo merges again");
        assertEquals(afterMerge, timelines(graph()));

        Path file = dir.resolve("baku.tieline");
        robot.interact(() -> app.workspace().saveAs(file));
        settle(5);
        assertTrue(Files.exists(file));
        assertFalse(app.workspace().dirtyProperty().get());
        assertTrue(robot.lookup("#menu-bar").tryQuery().isPresent());
        assertTrue(app.window().stage().getTitle().contains("baku.tieline"), app.window().stage().getTitle());

        robot.interact(() -> app.workspace().newWorkspace());
        settle(6);
        assertTrue(graph().entities().isEmpty(), "a new workspace is empty");
        assertTrue(app.workspace().history().isEmpty());

        robot.interact(() -> app.workspace().open(file));
        settle(7);
        assertEquals(afterMerge, timelines(graph()), "reopening rebuilds the same graph");
        assertTrue(graph().entity(PFP).isEmpty());
        List<HistoryEntry> history = app.workspace().history();
        assertEquals(1, history.size());
        assertFalse(history.get(0).undone());
        assertFalse(app.workspace().dirtyProperty().get());
        assertTrue(app.workspace().canUndoProperty().get());
    }

    @Test
    void evidenceIsDeletedFromTheDetailsAndCtrlYRedoes(FxRobot robot) throws Exception {
        settle(1);
        String rel = graph().relationship(AZIMOV, TEP).orElseThrow().id();
        int count = evidence(graph(), AZIMOV, TEP);
        assertTrue(count > 1);
        robot.interact(() -> app.window().model().selectionProperty().set(tieline.ui.Selection.relationship(rel)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node card = robot.lookup(".evidence-card").query();
        Evidence shown = (Evidence) card.getUserData();
        robot.interact(() -> {
            javafx.geometry.Bounds b = card.localToScene(card.getBoundsInLocal());
            double x = b.getMinX() + 5;
            double y = b.getMinY() + 5;
            Point2D screen = card.localToScreen(5, 5);
            javafx.event.Event.fireEvent(card, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(), screen.getY(),
                    false, new javafx.scene.input.PickResult(card, x, y)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#ctx-delete-evidence");
        settle(2);
        assertEquals(count - 1, evidence(graph(), AZIMOV, TEP), "one piece of evidence is gone");
        assertTrue(graph().relationship(AZIMOV, TEP).orElseThrow().timeline().stream().noneMatch(shown::equals));
        assertTrue(app.workspace().history().get(0).description().startsWith("Deleted"),
                app.workspace().history().get(0).description());

        robot.clickOn(app.window().canvas());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle(3);
        assertEquals(count, evidence(graph(), AZIMOV, TEP), "undo restores it");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        settle(4);
        assertEquals(count - 1, evidence(graph(), AZIMOV, TEP), "Ctrl+Y redoes");
        assertTrue(app.workspace().dirtyProperty().get());
        assertTrue(app.window().stage().getTitle().endsWith("*"), app.window().stage().getTitle());
    }
}
