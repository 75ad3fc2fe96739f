package tieline.ui.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tieline.model.Entity;

/**
 * A dialog to pick one entity among many: type to narrow the list by name or alias, then
 * choose. Shows at most {@value #SHOWN} matches, best first.
 */
final class EntityChooser {

    static final int SHOWN = 200;

    private EntityChooser() {
    }

    static Optional<Entity> choose(Window owner, String title, String header, List<Entity> candidates) {
        Dialog<Entity> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField filter = new TextField();
        filter.setId("entity-chooser-filter");
        filter.setPromptText("Type a name or alias");
        ListView<Entity> list = new ListView<>();
        list.setId("entity-chooser-list");
        list.setPrefSize(460, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entity e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  \u00b7  " + e.type().name().toLowerCase(Locale.ROOT)
                        + (e.aliases().isEmpty() ? "" : "  (" + String.join(", ", e.aliases()) + ")"));
            }
        });
        Runnable refresh = () -> {
            list.getItems().setAll(matches(candidates, filter.getText()));
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        };
        filter.textProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }

    /** Entities whose name or an alias contains the text; names that start with it first. */
    static List<Entity> matches(List<Entity> candidates, String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(e -> q.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(q)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.<Entity>comparingInt(e -> e.name().toLowerCase(Locale.ROOT).startsWith(q) ? 0 : 1)
                        .thenComparing(Entity::name, String.CASE_INSENSITIVE_ORDER))
                .limit(SHOWN)
                .toList();
    }
}
