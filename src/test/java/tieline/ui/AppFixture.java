package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on sample-data for the GUI tests and waits for the graph. */
final class AppFixture {

    private AppFixture() {
    }

    static MainWindow start(Stage stage) {
        keepRecoveryFilesOutOfTheHomeFolder();
        return TielineApp.open(stage, LaunchOptions.parse(List.of()));
    }

    /** Recovery files of test windows go to a temporary folder, and none from a real session is offered. */
    private static void keepRecoveryFilesOutOfTheHomeFolder() {
        if (System.getProperty("tieline.recovery.dir") == null) {
            try {
                System.setProperty("tieline.recovery.dir",
                        java.nio.file.Files.createTempDirectory("tieline-recovery").toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Waits until the first load is done and the graph is shown. */
    static void awaitGraph(MainWindow window) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> window.model().view() != null && window.model().graph().scene() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.model().view());
    }

    /** Waits until no load is running or waiting. */
    static void awaitIdle(MainWindow window, int loadsBefore) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.model().load().completedLoads() > loadsBefore
                && !window.model().load().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
