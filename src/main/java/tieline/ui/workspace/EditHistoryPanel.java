package tieline.ui.workspace;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import tieline.ui.Icons;
import tieline.workspace.HistoryEntry;

/**
 * The edit history: every edit with when it was made and what it did, oldest first. Undone
 * edits are greyed (they can be redone); edits that no longer apply are flagged with the reason.
 */
public final class EditHistoryPanel extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ListView<HistoryEntry> list;

    public EditHistoryPanel(WorkspaceViewModel model) {
        setId("edit-history");
        list = new ListView<>(model.history());
        list.setId("edit-history-list");
        list.setCellFactory(v -> new Row());
        Label empty = new Label("No edits yet. Right-click an entity or a link to correct it; "
                + "Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        model.history().addListener((javafx.collections.ListChangeListener<HistoryEntry>) c -> {
            if (!model.history().isEmpty()) {
                list.scrollTo(model.history().size() - 1);
            }
        });
        setCenter(list);
    }

    /** The list of rows (for tests). */
    public ListView<HistoryEntry> list() {
        return list;
    }

    /** One edit: time, description, and a flag when it no longer applies. */
    private static final class Row extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry h, boolean empty) {
            super.updateItem(h, empty);
            getStyleClass().removeAll("history-undone", "history-flagged");
            if (empty || h == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(TIME.format(h.edit().at()) + "   " + h.description() + (h.undone() ? "   (undone)" : ""));
            if (h.undone()) {
                getStyleClass().add("history-undone");
                setOpacity(0.55);
            } else {
                setOpacity(1);
            }
            if (h.flagged()) {
                getStyleClass().add("history-flagged");
                setGraphic(Icons.PROBLEM.node());
                setTooltip(new Tooltip("No longer applies: " + h.result().message()));
            } else {
                setGraphic(null);
                setTooltip(h.result() != null && !h.result().message().isEmpty()
                        ? new Tooltip(h.result().message()) : null);
            }
        }
    }
}
