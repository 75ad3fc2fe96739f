package tieline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.cable.ReadResult;

/** The desktop application: opens the main window on the bundled sample data. */
public class TielineApp extends Application {

    @Override
    public void start(Stage stage) {
        ReadResult result = new CableReader().read(List.of(defaultDataFolder()));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                result.cables().stream().map(TielineApp::describe).toList()));
        Scene scene = new Scene(list, 1000, 600);
        stage.setTitle("Tieline");
        stage.setScene(scene);
        stage.show();
    }

    private static String describe(Cable c) {
        return c.id() + "  " + c.date() + "  " + c.classification() + "  " + c.subject();
    }

    /** The sample-data folder next to the working directory, where a first run opens. */
    static Path defaultDataFolder() {
        Path p = Path.of("sample-data");
        return Files.isDirectory(p) ? p : Path.of(".");
    }

    public static void main(String[] args) {
        launch(args);
    }
}
