package tieline.ui.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import tieline.ui.Icons;

/**
 * A text field with a completion list under it. Typing lists matching names; Down moves into
 * the list, Enter chooses the highlighted (or best) completion, Escape closes the list.
 */
public final class SearchField extends TextField {

    private final Function<String, List<Suggestion>> suggest;
    private final Consumer<Suggestion> chosen;
    private final ObservableList<Suggestion> items = FXCollections.observableArrayList();
    private final ListView<Suggestion> list = new ListView<>(items);
    private final Popup popup = new Popup();
    private boolean choosing;

    /**
     * @param suggest completions for a text, best first
     * @param chosen  told when the analyst picks one
     */
    public SearchField(Function<String, List<Suggestion>> suggest, Consumer<Suggestion> chosen) {
        this.suggest = suggest;
        this.chosen = chosen;
        getStyleClass().add("search-field");
        list.getStyleClass().add("completion-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.display());
                setGraphic(empty || s == null ? null : Icons.of(s.type()).node());
            }
        });
        list.setOnMouseClicked(e -> choose(list.getSelectionModel().getSelectedItem()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseHighlightedOrBest();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                requestFocus();
                e.consume();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        textProperty().addListener((o, a, b) -> {
            if (!choosing) {
                refresh(b);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                chooseHighlightedOrBest();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !list.isFocused()) {
                popup.hide();
            }
        });
    }

    private void refresh(String text) {
        items.setAll(suggest.apply(text));
        list.getSelectionModel().clearSelection();
        if (items.isEmpty() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefWidth(Math.max(getWidth(), 260));
        list.setPrefHeight(Math.min(8, items.size()) * 26 + 6);
        if (!popup.isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                popup.show(this, b.getMinX(), b.getMaxY());
            }
        }
    }

    private void chooseHighlightedOrBest() {
        Suggestion s = list.getSelectionModel().getSelectedItem();
        choose(s != null ? s : items.isEmpty() ? null : items.get(0));
    }

    private void choose(Suggestion s) {
        if (s == null) {
            return;
        }
        popup.hide();
        choosing = true;
        try {
            setText(s.name());
            positionCaret(getText().length());
        } finally {
            choosing = false;
        }
        chosen.accept(s);
    }

    /** The completions listed now. */
    public ObservableList<Suggestion> completions() {
        return items;
    }

    /** The completion list (inside a popup window). */
    public ListView<Suggestion> completionList() {
        return list;
    }
}
