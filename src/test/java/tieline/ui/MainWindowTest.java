package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.graph.RelationshipGraph;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.ui.graph.GraphScene;
import tieline.ui.search.Suggestion;
import tieline.ui.viewer.CableViewerView;

/** The desktop app on the sample data, driven like an analyst would (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = AppFixture.start(stage);
    }

    private MainViewModel model() {
        return window.model();
    }

    /** The entity id of the best completion for a name. */
    private String id(String name) {
        return model().search().suggest(name).get(0).entityId();
    }

    @Test
    void opensOnSampleDataShowingTheKeyEntities(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        GraphScene scene = model().graph().scene();
        Bounds canvas = window.canvas().getLayoutBounds();
        Map<String, String> expected = Map.of("Heydarov", "Kamaladdin Heydarov", "Azimov", "Araz Azimov",
                "Abiyev", "Safar Abiyev", "MES", "Ministry of Emergency Situations", "MoD", "Ministry of Defense",
                "CEIP", "Critical Energy Infrastructure Protection", "TEP", "Train-and-Equip Program");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String entity = id(e.getKey());
            assertEquals(e.getValue(), scene.label(scene.indexOf(entity)), e.getKey());
            Point2D p = window.canvas().screenPointOf(entity);
            assertNotNull(p, e.getKey() + " is drawn");
            assertTrue(canvas.contains(p), e.getKey() + " is inside the window at " + p);
        }
        assertEquals("Cables 5 / 5", robot.lookup("#status-cables").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status-ceiling").queryAs(Label.class).getText().startsWith("Ceiling"));
    }

    @Test
    void azimovAndDerseHaveATimelineWhoseMarkOpensTheCableAtItsParagraph(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        String azimov = id("Azimov");
        robot.interact(() -> model().selectAndCentre(azimov));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onCanvas = window.canvas().screenPointOf(azimov);
        robot.clickOn(window.canvas().localToScreen(onCanvas));
        assertEquals(Selection.entity(azimov), model().selectionProperty().get(), "clicking the node selects it");
        Label derse = robot.lookup("#entity-details .link").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Anne Derse")).findFirst().orElseThrow();
        robot.clickOn(derse);
        assertTrue(model().selectionProperty().get().isRelationship(), "the relationship row selects the relationship");

        Set<Node> marks = robot.lookup("#relationship-timeline .timeline-mark").queryAll();
        Map<LocalDate, Set<String>> cablesByDate = marks.stream().map(n -> (Evidence) n.getUserData())
                .filter(e -> e.date() != null)
                .collect(Collectors.groupingBy(Evidence::date, Collectors.mapping(Evidence::cableId, Collectors.toSet())));
        assertTrue(cablesByDate.getOrDefault(LocalDate.parse("2007-12-28"), Set.of()).contains("08BAKU73"),
                cablesByDate.toString());
        assertTrue(cablesByDate.getOrDefault(LocalDate.parse("2009-04-03"), Set.of()).contains("09BAKU266"),
                cablesByDate.toString());
        assertEquals(Set.of(LocalDate.parse("2007-12-28"), LocalDate.parse("2009-04-03")), cablesByDate.keySet(),
                "evidence on exactly the two meetings' dates: " + cablesByDate);

        Node mark = marks.stream().filter(n -> {
            Evidence e = (Evidence) n.getUserData();
            return e.cableId().equals("08BAKU73") && LocalDate.parse("2007-12-28").equals(e.date());
        }).findFirst().orElseThrow();
        int paragraph = ((Evidence) mark.getUserData()).paragraph();
        robot.clickOn(mark);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("08BAKU73", model().viewer().cableProperty().get().id());
        assertEquals(paragraph, model().viewer().focusParagraphProperty().get());
        Node shown = robot.lookup("#para-" + paragraph).query();
        assertTrue(shown.getStyleClass().contains("focused"));
        assertTrue(robot.lookup("#cable-viewer").queryAs(CableViewerView.class).isParagraphVisible(paragraph));
        assertTrue(robot.lookup("#cable-title").queryAs(Label.class).getText().startsWith("08BAKU73"));
    }

    @Test
    void searchCompletesHeydToHeydarovAndSelectsHim(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Heyd");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Suggestion> list = robot.lookup(".completion-list").queryAs(ListView.class);
        List<String> names = list.getItems().stream().map(Suggestion::name).toList();
        assertTrue(names.contains("Kamaladdin Heydarov"), names.toString());
        assertEquals("Kamaladdin Heydarov", names.get(0), "the most mentioned first");
        assertEquals("Heyd", robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String heydarov = id("Kamaladdin Heydarov");
        assertEquals(Selection.entity(heydarov), model().selectionProperty().get());
        Point2D p = window.canvas().screenPointOf(heydarov);
        Bounds b = window.canvas().getLayoutBounds();
        assertEquals(b.getWidth() / 2, p.getX(), 2, "centred");
        assertEquals(b.getHeight() / 2, p.getY(), 2, "centred");
        assertTrue(robot.lookup("#entity-details .details-title").queryAs(Label.class).getText()
                .equals("Kamaladdin Heydarov"));
    }

    @Test
    void narrowingTheTimeRangeTo2009HidesThe2007Relationships() throws Exception {
        AppFixture.awaitGraph(window);
        RelationshipGraph graph = model().graphProperty().get();
        List<Relationship> only2007 = graph.relationships().stream()
                .filter(r -> r.lastDate() != null && r.lastDate().getYear() == 2007).toList();
        assertFalse(only2007.isEmpty(), "the sample has relationships seen only in 2007");
        GraphScene before = model().graph().scene();
        for (Relationship r : only2007) {
            assertTrue(before.edgeIndexOf(r.id()) >= 0, r.id() + " shown at first");
        }
        WaitForAsyncUtils.asyncFx(() -> model().filters().timeRange()
                .selectDates(LocalDate.parse("2009-01-01"), LocalDate.parse("2009-12-31"))).get();
        WaitForAsyncUtils.waitForFxEvents();
        GraphScene after = model().graph().scene();
        for (Relationship r : only2007) {
            assertEquals(-1, after.edgeIndexOf(r.id()), r.id() + " hidden");
        }
        GraphView view = model().view();
        assertFalse(view.relationships().isEmpty(), "2009 relationships remain");
        for (Relationship r : view.relationships()) {
            assertTrue(r.timeline().stream().allMatch(e -> e.date() != null && e.date().getYear() == 2009), r.id());
        }
        for (int i = 0; i < after.nodeCount(); i++) {
            int j = before.indexOf(after.id(i));
            assertEquals(before.x(j), after.x(i), 0, "nodes keep their places");
            assertEquals(before.y(j), after.y(i), 0, "nodes keep their places");
        }
    }

    @Test
    void thePathQueryFromHeydarovToAbiyevFindsAPath(FxRobot robot) throws Exception {
        AppFixture.awaitGraph(window);
        robot.clickOn("#query-from").write("Heydarov").type(KeyCode.ENTER);
        robot.clickOn("#query-to").write("Abiyev").type(KeyCode.ENTER);
        robot.clickOn("#query-path-button");
        WaitForAsyncUtils.waitForFxEvents();
        var path = model().pathProperty().get();
        assertNotNull(path, robot.lookup("#query-result").queryAs(Label.class).getText());
        assertEquals(id("Kamaladdin Heydarov"), path.start().id());
        assertEquals(id("Safar Abiyev"), path.end().id());
        assertTrue(path.length() >= 1);
        assertTrue(robot.lookup("#query-result").queryAs(Label.class).getText().contains("step"));
        @SuppressWarnings("unchecked")
        ListView<Evidence> evidence = robot.lookup("#path-evidence").queryAs(ListView.class);
        assertEquals(path.evidence().size(), evidence.getItems().size());
        assertTrue(evidence.isVisible());
        GraphScene scene = model().graph().scene();
        var emphasis = model().graph().emphasisProperty().get();
        for (Entity e : path.entities()) {
            assertFalse(emphasis.isDimmed(scene.indexOf(e.id())), e.id() + " is highlighted");
        }
    }

    @Test
    void openingACorruptFileListsAProblemAndTheGraphStays(FxRobot robot, @TempDir Path dir) throws Exception {
        AppFixture.awaitGraph(window);
        RelationshipGraph before = model().graphProperty().get();
        int entities = model().view().entities().size();
        Path corrupt = dir.resolve("corrupt-cable.txt");
        byte[] junk = new byte[2048];
        new java.util.Random(11).nextBytes(junk);
        Files.write(corrupt, junk);
        int loads = model().load().completedLoads();
        robot.interact(() -> model().open(List.of(corrupt)));
        AppFixture.awaitIdle(window, loads);
        @SuppressWarnings("unchecked")
        TableView<tieline.ui.load.LoadProblem> table = robot.lookup("#problems-table").queryAs(TableView.class);
        assertTrue(table.getItems().stream().anyMatch(p -> p.file().endsWith("corrupt-cable.txt")), table.getItems().toString());
        assertSame(before, model().graphProperty().get(), "the graph stays");
        assertEquals(entities, model().view().entities().size());
        javafx.scene.control.TabPane tabs = robot.lookup("#bottom-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("problems-tab", tabs.getSelectionModel().getSelectedItem().getId(), "the problems come forward");
        assertTrue(tabs.getSelectionModel().getSelectedItem().getText().matches("Problems \\(\\d+\\)"));
    }
}
