package tieline.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import tieline.cable.CableReader;
import tieline.extract.Gazetteer;
import tieline.extract.GazetteerException;
import tieline.ui.graph.GraphLayouter;
import tieline.ui.load.CorpusPipeline;
import tieline.ui.load.LoadProblem;

/**
 * The desktop application. Opens the main window on {@code sample-data} (or on the files and
 * folders given as arguments, see {@link LaunchOptions}) and lays the graph out in the
 * background.
 */
public class TielineApp extends Application {

    /** Seed of the layout: the same cables always give the same picture. */
    public static final long LAYOUT_SEED = 20080129L;

    @Override
    public void start(Stage stage) {
        open(stage, LaunchOptions.parse(getParameters().getRaw()));
    }

    /** Builds the main window on a stage, shows it and starts loading. Used by tests too. */
    public static MainWindow open(Stage stage, LaunchOptions options) {
        Gazetteer gazetteer;
        LoadProblem gazetteerProblem = null;
        try {
            gazetteer = Gazetteer.bundled();
        } catch (GazetteerException e) {
            gazetteer = Gazetteer.empty();
            gazetteerProblem = new LoadProblem(Gazetteer.SAMPLE_DATA_FILE.toString(), 0,
                    e.getMessage() + "; extraction runs on its rules alone");
        }
        CorpusPipeline pipeline = new CorpusPipeline(new CableReader(), gazetteer, new GraphLayouter(LAYOUT_SEED));
        MainViewModel model = new MainViewModel(pipeline);
        if (gazetteerProblem != null) {
            model.load().problems().add(gazetteerProblem);
        }
        options.errors().forEach(err -> model.load().problems().add(new LoadProblem("(command line)", 0, err)));
        MainWindow window = new MainWindow(model, stage, options.theme());
        stage.setTitle("Tieline");
        stage.setScene(window.scene());
        stage.show();
        model.open(options.paths());
        if (!options.select().isEmpty()) {
            java.util.List<String> pair = options.select();
            model.load().whenIdle(() -> {
                if (!model.selectRelationship(pair.get(0), pair.get(1))) {
                    model.load().problems().add(new LoadProblem("(command line)", 0,
                            "--select: no relationship between \"" + pair.get(0) + "\" and \"" + pair.get(1) + "\""));
                }
            });
        }
        return window;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
