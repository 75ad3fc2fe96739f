package tieline.ui;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import tieline.cable.CableReader;
import tieline.extract.Gazetteer;
import tieline.extract.GazetteerException;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.load.CorpusPipeline;
import tieline.ui.load.LoadProblem;
import tieline.ui.workspace.WorkspaceSettings;
import tieline.ui.workspace.WorkspaceUi;
import tieline.ui.workspace.WorkspaceViewModel;
import tieline.workspace.GazetteerExtraction;
import tieline.workspace.file.Autosave;
import tieline.workspace.file.Recovery;
import tieline.workspace.file.WorkspaceStore;

/**
 * The desktop application. Opens the main window on {@code sample-data} (or on the files and
 * folders given as arguments, see {@link LaunchOptions}; a {@code .tieline} file opens that
 * workspace) and lays the graph out in the background. Unsaved work is autosaved for recovery
 * and offered back after a crash.
 */
public class TielineApp extends Application {

    /** Seed of the layout: the same cables always give the same picture. */
    public static final long LAYOUT_SEED = 20080129L;
    /** On screens this narrow the window starts filling the screen. */
    private static final double SMALL_SCREEN_WIDTH = 1700;

    private Launched launched;

    @Override
    public void start(Stage stage) {
        launched = launchWindow(stage, LaunchOptions.parse(getParameters().getRaw()),
                WorkspaceSettings.fromSystemProperties());
    }

    @Override
    public void stop() {
        if (launched != null) {
            launched.workspace().shutdown();
        }
    }

    /** The main window and the workspace open in it. */
    public record Launched(MainWindow window, WorkspaceViewModel workspace, WorkspaceUi ui) {
    }

    /** Builds the main window on a stage, shows it and starts loading. Used by tests too. */
    public static MainWindow open(Stage stage, LaunchOptions options) {
        return launchWindow(stage, options, WorkspaceSettings.fromSystemProperties()).window();
    }

    /**
     * As {@link #open}, with the workspace's recovery folder and autosave interval given: offers
     * to restore unsaved work left by a crash before loading the files named on the command line.
     */
    public static Launched launchWindow(Stage stage, LaunchOptions options, WorkspaceSettings settings) {
        Gazetteer gazetteer;
        LoadProblem gazetteerProblem = null;
        try {
            gazetteer = Gazetteer.bundled();
        } catch (GazetteerException e) {
            gazetteer = Gazetteer.empty();
            gazetteerProblem = new LoadProblem(Gazetteer.SAMPLE_DATA_FILE.toString(), 0,
                    e.getMessage() + "; extraction runs on its rules alone");
        }
        CableReader reader = new CableReader();
        CorpusPipeline pipeline = new CorpusPipeline(reader, gazetteer, new GraphLayouter(LAYOUT_SEED));
        MainViewModel model = new MainViewModel(pipeline);
        WorkspaceStore store = new WorkspaceStore();
        Recovery recovery = new Recovery(settings.recoveryFolder());
        Autosave autosave = new Autosave(recovery, store, settings.autosaveInterval(),
                e -> Platform.runLater(() -> model.load().problems().add(
                        new LoadProblem(recovery.folder().toString(), 0, "autosave failed: " + e.getMessage()))));
        WorkspaceViewModel workspace = new WorkspaceViewModel(model, pipeline, reader,
                new GazetteerExtraction(gazetteer), store, autosave, Clock.systemUTC());
        if (gazetteerProblem != null) {
            model.load().problems().add(gazetteerProblem);
        }
        options.errors().forEach(err -> model.load().problems().add(new LoadProblem("(command line)", 0, err)));
        MainWindow window = new MainWindow(model, stage, options.theme());
        WorkspaceUi ui = WorkspaceUi.install(window, workspace);
        stage.setScene(window.scene());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() <= SMALL_SCREEN_WIDTH) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.show();
        if (WorkspaceUi.hasRecovery(recovery)) {
            Platform.runLater(() -> {
                if (!WorkspaceUi.offerRecovery(stage, recovery, workspace)) {
                    model.open(options.paths());
                }
            });
        } else {
            model.open(options.paths());
        }
        if (!options.select().isEmpty()) {
            java.util.List<String> pair = options.select();
            model.load().whenIdle(() -> {
                if (pair.size() == 1) {
                    var found = model.search().suggest(pair.get(0));
                    if (found.isEmpty()) {
                        model.load().problems().add(new LoadProblem("(command line)", 0,
                                "--select: no entity called \"" + pair.get(0) + "\""));
                    } else {
                        model.choose(found.get(0));
                    }
                } else if (!model.selectRelationship(pair.get(0), pair.get(1))) {
                    model.load().problems().add(new LoadProblem("(command line)", 0,
                            "--select: no relationship between \"" + pair.get(0) + "\" and \"" + pair.get(1) + "\""));
                }
            });
        }
        return new Launched(window, workspace, ui);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
