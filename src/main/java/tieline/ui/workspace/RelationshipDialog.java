package tieline.ui.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import tieline.cable.Classification;
import tieline.model.Entity;
import tieline.model.RelationType;

/**
 * The dialog for a relationship added by hand: the type, the date, a note, and optionally the
 * source cable and paragraph (whose marking then applies) or a marking of the analyst's choice.
 */
final class RelationshipDialog {

    /** What the analyst entered. */
    record Input(RelationType type, LocalDate date, String note, String cableId, Integer paragraph,
                 Classification marking) {
    }

    private RelationshipDialog() {
    }

    static Optional<Input> ask(Window owner, Entity a, Entity b) {
        Dialog<Input> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add relationship");
        dialog.setHeaderText("Link \u201c" + a.name() + "\u201d and \u201c" + b.name() + "\u201d");
        ChoiceBox<RelationType> type = new ChoiceBox<>();
        type.getItems().setAll(RelationType.values());
        type.setValue(RelationType.MET);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(RelationType t) {
                return t == null ? "" : t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public RelationType fromString(String s) {
                return null;
            }
        });
        DatePicker date = new DatePicker();
        date.setId("relationship-date");
        date.setPromptText("needed without a source cable");
        TextArea note = new TextArea();
        note.setId("relationship-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        TextField cable = new TextField();
        cable.setId("relationship-cable");
        cable.setPromptText("e.g. 08BAKU73 (optional)");
        TextField paragraph = new TextField();
        paragraph.setPromptText("paragraph number (optional)");
        ChoiceBox<Classification> marking = new ChoiceBox<>();
        marking.getItems().setAll(Classification.ceilings());
        marking.setValue(Classification.UNCLASSIFIED);
        marking.disableProperty().bind(cable.textProperty().isNotEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Type"), type);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("Note"), note);
        grid.addRow(3, new Label("Source cable"), cable);
        grid.addRow(4, new Label("Paragraph"), paragraph);
        grid.addRow(5, new Label("Marking"), marking);
        Label hint = new Label("With a source cable the paragraph's marking applies.");
        hint.getStyleClass().add("muted");
        grid.add(hint, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                date.valueProperty().isNull().and(cable.textProperty().isEmpty()));
        dialog.setResultConverter(bt -> {
            if (bt != ButtonType.OK) {
                return null;
            }
            String c = cable.getText().strip();
            Integer p = parseParagraph(paragraph.getText());
            return new Input(type.getValue(), date.getValue(), note.getText(), c.isEmpty() ? null : c.toUpperCase(Locale.ROOT),
                    c.isEmpty() ? null : p, c.isEmpty() ? marking.getValue() : null);
        });
        return dialog.showAndWait();
    }

    private static Integer parseParagraph(String text) {
        String t = text == null ? "" : text.strip().replace("\u00b6", "");
        if (!t.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(t);
    }

    /** Entities other than {@code a}, for choosing the other end. */
    static List<Entity> others(List<Entity> all, Entity a) {
        return all.stream().filter(e -> !e.id().equals(a.id())).toList();
    }
}
