package tieline.ui.load;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import tieline.ui.Icons;

/**
 * The problems panel: one row per file that could not be read (file, line, reason); a reason
 * too long for its column shows whole in a tooltip.
 */
public final class ProblemsView extends BorderPane {

    public ProblemsView(LoadViewModel model) {
        setId("problems");
        getStyleClass().add("problems");
        TableView<LoadProblem> table = new TableView<>(model.problems());
        table.setId("problems-table");
        table.setPlaceholder(new Label("No problems: every file read was a cable."));
        TableColumn<LoadProblem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(360);
        TableColumn<LoadProblem, Object> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lineText()));
        line.setPrefWidth(60);
        TableColumn<LoadProblem, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(640);
        reason.setCellFactory(c -> new TableCell<>() {
            /** The whole reason, for a row too long for its column; one per cell, re-used as it scrolls. */
            private final Tooltip whole = wrapped();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                whole.setText(text);
                setTooltip(empty || text == null ? null : whole);
            }
        });
        table.getColumns().add(file);
        table.getColumns().add(line);
        table.getColumns().add(reason);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button clear = new Button("Clear");
        clear.setGraphic(Icons.CLEAR.node());
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> model.problems().clear());
        HBox bar = new HBox(clear);
        bar.getStyleClass().add("problems-bar");
        setCenter(table);
        setBottom(bar);
    }

    private static Tooltip wrapped() {
        Tooltip t = new Tooltip();
        t.setWrapText(true);
        t.setMaxWidth(640);
        return t;
    }
}
