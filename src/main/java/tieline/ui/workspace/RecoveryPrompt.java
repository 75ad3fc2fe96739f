package tieline.ui.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import tieline.workspace.file.Recovery;
import tieline.workspace.file.RecoveryCandidate;

/**
 * At start-up, offers to restore unsaved work left by a crash: the newest recovery file that
 * can be read. "Restore" opens it; "Discard" deletes it; "Later" leaves it for the next start.
 */
final class RecoveryPrompt {

    /** What the analyst chose. */
    enum Choice { RESTORE, DISCARD, LATER }

    private RecoveryPrompt() {
    }

    /** The newest restorable candidate, if any. */
    static Optional<RecoveryCandidate> newest(Recovery recovery) {
        List<RecoveryCandidate> found = recovery.find();
        return found.stream().filter(RecoveryCandidate::restorable).findFirst();
    }

    /** Asks about one candidate; deletes it when discarded. */
    static Choice ask(Window owner, Recovery recovery, RecoveryCandidate candidate) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work?");
        alert.setHeaderText("Tieline did not close cleanly last time.");
        alert.setContentText(candidate.describe() + "\n\nRestore it now? Discard deletes the recovered copy.");
        ButtonType answer = alert.showAndWait().orElse(later);
        if (answer == restore) {
            return Choice.RESTORE;
        }
        if (answer == discard) {
            try {
                recovery.discard(candidate);
            } catch (IOException e) {
                return Choice.LATER;
            }
            return Choice.DISCARD;
        }
        return Choice.LATER;
    }
}
