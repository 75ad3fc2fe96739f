package tieline.ui.workspace;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/** The analyst's notes on entities and relationships; double-click selects what a note is on. */
public final class NotesPanel extends BorderPane {

    public NotesPanel(WorkspaceViewModel model, Consumer<String> select) {
        setId("notes-panel");
        ListView<NoteRow> list = new ListView<>(model.notes());
        list.setId("notes-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteRow n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.target() + ": " + n.text().replaceAll("\\s+", " "));
            }
        });
        Label empty = new Label("No notes. Right-click an entity or a link and choose Note\u2026");
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            NoteRow n = list.getSelectionModel().getSelectedItem();
            if (n != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                select.accept(n.targetId());
            }
        });
        setCenter(list);
    }
}
