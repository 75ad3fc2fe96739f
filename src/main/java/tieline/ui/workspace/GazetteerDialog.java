package tieline.ui.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import tieline.model.EntityType;

/** The dialog for a name added to the gazetteer: name, type and other names (comma separated). */
final class GazetteerDialog {

    /** What the analyst entered. */
    record Input(String name, EntityType type, List<String> aliases) {
    }

    private GazetteerDialog() {
    }

    static Optional<Input> ask(Window owner, String name, EntityType type, List<String> aliases) {
        Dialog<Input> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add to gazetteer");
        dialog.setHeaderText("Extraction will find this name in every cable of the workspace.");
        TextField nameField = new TextField(name);
        nameField.setId("gazetteer-name");
        ChoiceBox<EntityType> typeBox = new ChoiceBox<>();
        typeBox.getItems().setAll(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.TOPIC);
        typeBox.setValue(type == EntityType.PLACE ? EntityType.TOPIC : type);
        TextField aliasField = new TextField(String.join(", ", aliases));
        aliasField.setPromptText("other names, comma separated");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), nameField);
        grid.addRow(1, new Label("Type"), typeBox);
        grid.addRow(2, new Label("Also known as"), aliasField);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(nameField.textProperty().isEmpty());
        dialog.setResultConverter(bt -> bt != ButtonType.OK ? null : new Input(nameField.getText().strip(),
                typeBox.getValue(), Arrays.stream(aliasField.getText().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
        return dialog.showAndWait();
    }
}
