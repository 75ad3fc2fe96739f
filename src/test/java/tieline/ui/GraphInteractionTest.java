package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tieline.cable.Classification;
import tieline.ui.graph.Emphasis;
import tieline.ui.graph.GraphScene;

/** Pointer and keyboard on the graph, filters, and the themes (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class GraphInteractionTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = AppFixture.start(stage);
    }

    private String id(String name) {
        return window.model().search().suggest(name).get(0).entityId();
    }

    private Point2D onScreen(String entityId) {
        return window.canvas().localToScreen(window.canvas().screenPointOf(entityId));
    }

    @Test
    void draggingANodeMovesAndPinsIt(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        String azimov = id("Azimov");
        robot.interact(() -> window.model().selectAndCentre(azimov));
        Point2D start = onScreen(azimov);
        robot.drag(start, MouseButton.PRIMARY).moveBy(60, 45).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D end = onScreen(azimov);
        assertEquals(start.getX() + 60, end.getX(), 3);
        assertEquals(start.getY() + 45, end.getY(), 3);
        assertTrue(window.model().graph().isPinned(azimov));
        GraphScene scene = window.model().graph().scene();
        assertTrue(window.model().graph().emphasisProperty().get().isPinned(scene.indexOf(azimov)));
    }

    @Test
    void hoveringANodeHighlightsItsNeighboursAndDimsTheRest(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        String heydarov = id("Kamaladdin Heydarov");
        robot.interact(() -> window.model().selectAndCentre(heydarov));
        robot.moveTo(onScreen(heydarov));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(heydarov, window.model().graph().hoveredProperty().get());
        Emphasis e = window.model().graph().emphasisProperty().get();
        GraphScene scene = window.model().graph().scene();
        int hub = scene.indexOf(heydarov);
        assertFalse(e.isDimmed(hub));
        for (int k = 0; k < scene.degree(hub); k++) {
            assertFalse(e.isDimmed(scene.neighbour(hub, k)));
        }
        boolean someoneDimmed = false;
        for (int i = 0; i < scene.nodeCount(); i++) {
            someoneDimmed |= e.isDimmed(i);
        }
        assertTrue(someoneDimmed);
    }

    @Test
    void keysZoomAndFit(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        robot.interact(() -> window.canvas().requestFocus());
        double fitted = window.canvas().viewport().scale();
        robot.type(KeyCode.ADD);
        robot.write("+");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().viewport().scale() > fitted * 1.2, "zoomed in");
        robot.write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, window.canvas().viewport().scale(), fitted * 1e-6, "0 fits again");
        robot.write("-");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().viewport().scale() < fitted);
    }

    @Test
    void untickingTopicsHidesThemAndTheCeilingShowsInTheStatusBar(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        String tep = id("TEP");
        assertTrue(window.model().graph().scene().indexOf(tep) >= 0);
        robot.clickOn(robot.lookup("#filter-type-topic").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, window.model().graph().scene().indexOf(tep));
        robot.interact(() -> robot.lookup("#filter-ceiling").queryAs(ComboBox.class)
                .getSelectionModel().select(Classification.UNCLASSIFIED));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ceiling: UNCLASSIFIED", robot.lookup("#status-ceiling").queryAs(Label.class).getText());
        String relationships = robot.lookup("#status-relationships").queryAs(Label.class).getText();
        assertTrue(relationships.matches("Relationships \\d+ / \\d+"), relationships);
        assertNotEquals(relationships.split(" ")[1], relationships.split(" ")[3], "fewer shown than total");
    }

    @Test
    void theDarkThemeDarkensTheGraph(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        double light = window.canvas().palette().background().getBrightness();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().getStyleClass().contains("theme-dark"));
        double dark = window.canvas().palette().background().getBrightness();
        assertTrue(light > 0.8 && dark < 0.25, light + " -> " + dark);
    }
}
