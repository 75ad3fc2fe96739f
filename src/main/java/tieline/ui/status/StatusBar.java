package tieline.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import tieline.ui.Icons;
import tieline.ui.load.LoadViewModel;

/** The status bar: what is shown out of all, the ceiling, and loading progress with a cancel button. */
public final class StatusBar extends HBox {

    public StatusBar(StatusViewModel status, LoadViewModel load) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label cables = label("status-cables", status.cablesProperty());
        Label entities = label("status-entities", status.entitiesProperty());
        Label relationships = label("status-relationships", status.relationshipsProperty());
        Label ceiling = label("status-ceiling", status.ceilingProperty());
        ceiling.setGraphic(Icons.CLASSIFICATION.node());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(load.messageProperty());
        message.setMaxWidth(520);
        ProgressBar progress = new ProgressBar();
        progress.setId("load-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(load.progressProperty());
        progress.visibleProperty().bind(load.runningProperty());
        progress.managedProperty().bind(load.runningProperty());
        Button cancel = new Button();
        cancel.setId("load-cancel");
        cancel.setGraphic(Icons.CANCEL.node());
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new Tooltip("Cancel loading (Esc)"));
        cancel.setOnAction(e -> load.cancel());
        cancel.visibleProperty().bind(load.runningProperty());
        cancel.managedProperty().bind(load.runningProperty());
        getChildren().addAll(cables, separator(), entities, separator(), relationships, separator(), ceiling, spacer,
                message, progress, cancel);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}
