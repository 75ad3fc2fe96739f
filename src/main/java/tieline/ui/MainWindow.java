package tieline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;
import tieline.ui.details.DetailsPane;
import tieline.ui.filter.FilterPanel;
import tieline.ui.filter.TimeRangeControl;
import tieline.ui.graph.GraphCanvas;
import tieline.ui.load.ProblemsView;
import tieline.ui.query.QueryPanel;
import tieline.ui.search.SearchField;
import tieline.ui.search.Suggestion;
import tieline.ui.status.StatusBar;
import tieline.ui.theme.Theme;
import tieline.ui.viewer.CableViewerView;

/**
 * Builds the main window: menus, the left panel (search, filters, time range, queries), the
 * graph in the centre with the cable viewer and problems below it, the details on the right
 * and the status bar. Wires keyboard shortcuts and drag-and-drop; all state lives in the
 * {@link MainViewModel}.
 */
public final class MainWindow {

    private final MainViewModel model;
    private final Stage stage;
    private final Scene scene;
    private final GraphCanvas canvas;
    private final SearchField search;
    private final TimeRangeControl timeRange;
    private final TabPane bottom = new TabPane();
    private final Tab cableTab;
    private final Tab problemsTab;
    private final DetailsPane details;
    private Theme theme;
    private java.util.function.BooleanSupplier closeGuard = () -> true;

    public MainWindow(MainViewModel model, Stage stage, Theme theme) {
        this.model = model;
        this.stage = stage;
        this.theme = theme;
        canvas = new GraphCanvas(model.graph());
        canvas.setNodeMenu(this::nodeMenu);
        search = new SearchField(model.search()::suggest, model::choose);
        search.setId("search-field");
        search.setPromptText("Search names and aliases (Ctrl+F)");
        timeRange = new TimeRangeControl(model.filters().timeRange());

        CableViewerView viewer = new CableViewerView(model.viewer());
        cableTab = new Tab("Cable", viewer);
        cableTab.setGraphic(Icons.CABLE.node());
        cableTab.setClosable(false);
        problemsTab = new Tab("Problems", new ProblemsView(model.load()));
        problemsTab.setId("problems-tab");
        problemsTab.setGraphic(Icons.PROBLEM.node());
        problemsTab.setClosable(false);
        bottom.getTabs().addAll(cableTab, problemsTab);
        bottom.setId("bottom-tabs");
        model.load().problems().addListener((ListChangeListener<Object>) c -> problemsChanged(c));
        updateProblemsTitle();

        details = new DetailsPane(model.details(), this::openEvidence,
                id -> model.selectionProperty().set(Selection.relationship(id)), canvas.palette());

        SplitPane centre = new SplitPane(graphArea(), bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        SplitPane main = new SplitPane(leftPanel(), centre, details);
        main.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        SplitPane.setResizableWithParent(details, false);

        BorderPane root = new BorderPane(main);
        root.setId("main-root");
        root.setTop(menus());
        root.setBottom(new StatusBar(model.status(), model.load()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        theme.apply(scene);
        installShortcuts();
        installDragAndDrop();
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel model() {
        return model;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public DetailsPane details() {
        return details;
    }

    /** The tabs under the graph (cable viewer, problems, and what others add). */
    public TabPane bottomTabs() {
        return bottom;
    }

    // ---- layout --------------------------------------------------------------------------------

    private Node leftPanel() {
        Label searchHeading = new Label("Search");
        searchHeading.getStyleClass().add("panel-heading");
        searchHeading.setGraphic(Icons.SEARCH.node());
        VBox box = new VBox(14,
                new VBox(6, searchHeading, search),
                new FilterPanel(model.filters()),
                timeRange,
                new QueryPanel(model.queries(), model.search()::suggest, this::openEvidence));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("left-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("left-panel");
        scroll.getStyleClass().add("left-panel-scroll");
        scroll.setMinWidth(250);
        return scroll;
    }

    private Node graphArea() {
        Button zoomIn = overlayButton(Icons.ZOOM_IN, "Zoom in (+, Ctrl+=)", () -> canvas.zoom(1.25));
        Button zoomOut = overlayButton(Icons.ZOOM_OUT, "Zoom out (-, Ctrl+-)", () -> canvas.zoom(0.8));
        Button fit = overlayButton(Icons.FIT, "Fit the graph (0, Ctrl+0)", canvas::fit);
        VBox zoom = new VBox(4, zoomIn, zoomOut, fit);
        zoom.getStyleClass().add("graph-overlay");
        zoom.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);
        StackPane.setMargin(zoom, new Insets(10));
        Node legend = legend();
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane area = new StackPane(canvas, zoom, legend);
        area.getStyleClass().add("graph-area");
        area.setMinSize(200, 150);
        return area;
    }

    private static Button overlayButton(Icons icon, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(icon.node());
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().addAll("flat", "graph-overlay-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.getStyleClass().addAll("graph-overlay", "legend");
        legend.setId("legend");
        for (EntityType t : EntityType.values()) {
            legend.getChildren().add(legendItem(words(t.name()), "shape-" + css(t.name())));
        }
        for (RelationType t : List.of(RelationType.ROLE, RelationType.MET, RelationType.DISCUSSED,
                RelationType.CRITICIZED, RelationType.MENTIONED_WITH)) {
            legend.getChildren().add(legendItem(words(t.name()), "line-rel-" + css(t.name())));
        }
        legend.setPrefWrapLength(760);
        legend.setMaxSize(FlowPane.USE_PREF_SIZE, FlowPane.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        return legend;
    }

    private static Label legendItem(String text, String swatchClass) {
        Label swatch = new Label();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-item");
        return l;
    }

    private static String words(String constant) {
        String w = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String css(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    // ---- menus and shortcuts -------------------------------------------------------------------

    private MenuBar menus() {
        MenuItem openFiles = item("Add Cable Files\u2026", "Shortcut+Shift+A", this::chooseFiles);
        openFiles.setId("menu-add-files");
        openFiles.setGraphic(Icons.OPEN_FILE.node());
        MenuItem openFolder = item("Add Cable Folder\u2026", "Shortcut+Shift+O", this::chooseFolder);
        openFolder.setGraphic(Icons.OPEN.node());
        MenuItem cancel = item("Cancel Loading", "Shortcut+Period", () -> model.load().cancel());
        cancel.disableProperty().bind(model.load().runningProperty().not());
        MenuItem quit = item("Quit", "Shortcut+Q", this::quit);
        MenuItem export = item("Export Briefing\u2026", "Shortcut+E",
                () -> new tieline.ui.export.ExportDialog(stage, new tieline.ui.export.ExportViewModel(model)).showAndWait());
        export.setId("menu-export");
        export.disableProperty().bind(model.graphProperty().isNull());
        Menu file = new Menu("File", null, openFiles, openFolder, cancel, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu select = new Menu("Select", null,
                item("Find\u2026", "Shortcut+F", this::focusSearch),
                item("Clear Selection", "Esc", this::clearSelection),
                item("Unpin Selected Entity", "Shortcut+U", this::unpinSelected));

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        light.setToggleGroup(themes);
        light.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        light.setOnAction(e -> setTheme(Theme.LIGHT));
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setToggleGroup(themes);
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> setTheme(Theme.DARK));
        (theme == Theme.DARK ? dark : light).setSelected(true);
        Menu view = new Menu("View", null,
                item("Zoom In", "Shortcut+Equals", () -> canvas.zoom(1.25)),
                item("Zoom Out", "Shortcut+Minus", () -> canvas.zoom(0.8)),
                item("Fit Graph", "Shortcut+0", canvas::fit),
                item("Lay Out Again", "Shortcut+Alt+L", model::relayout),
                new SeparatorMenuItem(),
                item("Cable Viewer", "Shortcut+1", () -> bottom.getSelectionModel().select(cableTab)),
                item("Problems", "Shortcut+2", () -> bottom.getSelectionModel().select(problemsTab)),
                new SeparatorMenuItem(), light, dark);
        view.setId("menu-view");

        Menu filters = new Menu("Filters", null,
                item("Play Time Range", "Shortcut+P", timeRange::togglePlay),
                item("Whole Time Span", "Shortcut+Shift+T", () -> model.filters().timeRange().reset()),
                item("Reset All Filters", "Shortcut+R", () -> model.filters().reset()),
                item("Clear Path and Neighbourhood", "Shortcut+Shift+K", () -> model.queries().clear()));
        Menu help = new Menu("Help", null, item("Keyboard Shortcuts", "F1", this::showShortcuts));
        MenuBar bar = new MenuBar(file, select, view, filters, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null && !accelerator.equals("Esc")) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void installShortcuts() {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clearSelection();
                e.consume();
            }
        });
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    // ---- actions -------------------------------------------------------------------------------

    /**
     * Decides whether the window may close now (the workspace asks about unsaved changes and
     * may close it later itself, after saving); used by Quit and the window's close button.
     */
    public void setCloseGuard(java.util.function.BooleanSupplier guard) {
        closeGuard = guard;
        stage.setOnCloseRequest(e -> {
            if (!closeGuard.getAsBoolean()) {
                e.consume();
            }
        });
    }

    private void quit() {
        if (closeGuard.getAsBoolean()) {
            stage.close();
            Platform.exit();
        }
    }

    public Stage stage() {
        return stage;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open cables");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            model.open(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of cables");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.open(List.of(dir.toPath()));
        }
    }

    /** The right-click menu of a node: select, neighbourhood, path from or to it, pin. */
    private List<MenuItem> nodeMenu(String entityId) {
        var scene = model.graph().scene();
        int i = scene.indexOf(entityId);
        Suggestion entity = new Suggestion(entityId, scene.label(i), scene.label(i), scene.type(i));
        MenuItem select = new MenuItem("Select " + entity.name());
        select.setOnAction(e -> model.selectionProperty().set(Selection.entity(entityId)));
        MenuItem one = new MenuItem("Neighbourhood (1 step)");
        one.setGraphic(Icons.NEIGHBOURHOOD.node());
        one.setOnAction(e -> model.neighbourhoodOf(entity, 1));
        MenuItem two = new MenuItem("Neighbourhood (2 steps)");
        two.setOnAction(e -> model.neighbourhoodOf(entity, 2));
        MenuItem from = new MenuItem("Path from here\u2026");
        from.setGraphic(Icons.PATH.node());
        from.setOnAction(e -> model.queries().fromProperty().set(entity));
        Suggestion start = model.queries().fromProperty().get();
        MenuItem to = new MenuItem(start == null ? "Path to here" : "Path from " + start.name() + " to here");
        to.setDisable(start == null || start.entityId().equals(entityId));
        to.setOnAction(e -> model.pathBetween(start, entity));
        boolean pinned = model.graph().isPinned(entityId);
        MenuItem pin = new MenuItem(pinned ? "Unpin" : "Pin here");
        pin.setGraphic(Icons.PIN.node());
        pin.setOnAction(e -> {
            if (pinned) {
                model.graph().unpin(entityId);
            } else {
                model.graph().pin(entityId);
            }
        });
        return List.of(select, new SeparatorMenuItem(), one, two, new SeparatorMenuItem(), from, to,
                new SeparatorMenuItem(), pin);
    }

    /** Puts the keyboard focus in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void clearSelection() {
        model.selectionProperty().set(Selection.NONE);
        model.pathProperty().set(null);
    }

    private void unpinSelected() {
        Selection s = model.selectionProperty().get();
        if (s.isEntity()) {
            model.graph().unpin(s.id());
        }
    }

    private void openEvidence(Evidence e) {
        if (model.openSource(e.cableId(), e.paragraph())) {
            bottom.getSelectionModel().select(cableTab);
        }
    }

    /** Switches between the light and the dark look. */
    public void setTheme(Theme newTheme) {
        theme = newTheme;
        theme.apply(scene);
    }

    public Theme theme() {
        return theme;
    }

    private void problemsChanged(ListChangeListener.Change<?> c) {
        boolean added = false;
        while (c.next()) {
            added |= c.wasAdded();
        }
        updateProblemsTitle();
        if (added) {
            bottom.getSelectionModel().select(problemsTab);
        }
    }

    private void updateProblemsTitle() {
        int n = model.load().problems().size();
        problemsTab.setText(n == 0 ? "Problems" : "Problems (" + n + ")");
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n",
                "Ctrl+E                  export the view as a briefing (PNG, SVG, PDF, PPTX)\n"
                + "Ctrl+O                  open a workspace; Ctrl+S / Ctrl+Shift+S save / save as; Ctrl+N new",
                "Ctrl+Shift+A / Shift+O  add cable files / a folder (or drop them on the window)",
                "Ctrl+Z / Ctrl+Shift+Z   undo / redo an edit (also Ctrl+Y); right-click to edit",
                "Ctrl+.                  cancel loading",
                "Ctrl+F                  search names and aliases; Enter selects and centres",
                "Esc                     clear the selection and the path",
                "+ / - / 0               zoom in / out / fit (graph focused); Ctrl+= / Ctrl+- / Ctrl+0 anywhere",
                "drag a node             move and pin it; Ctrl+U unpins the selected entity",
                "Ctrl+Alt+L              lay the graph out afresh (pinned entities stay)",
                "Ctrl+P                  play the time range; Ctrl+Shift+T whole span",
                "Ctrl+R                  reset all filters; Ctrl+Shift+K clear path and neighbourhood",
                "Ctrl+1 / Ctrl+2         cable viewer / problems",
                "Ctrl+Shift+L / D        light / dark theme",
                "Ctrl+Q                  quit"));
        alert.show();
    }
}
