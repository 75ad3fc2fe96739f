package tieline.ui.filter;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.RelationType;
import tieline.ui.Icons;

/** The filters section of the left panel: types, relations, tags, posts and the classification ceiling. */
public final class FilterPanel extends VBox {

    public FilterPanel(FilterViewModel model) {
        super(6);
        setId("filters");
        getStyleClass().add("filter-panel");
        Label heading = new Label("Filters");
        heading.getStyleClass().add("panel-heading");
        heading.setGraphic(Icons.FILTER.node());

        FlowPane types = new FlowPane(8, 4);
        for (EntityType t : EntityType.values()) {
            CheckBox box = new CheckBox(words(t.name()));
            box.setId("filter-type-" + css(t.name()));
            box.setGraphic(swatch("type-" + css(t.name())));
            box.selectedProperty().bindBidirectional(model.entityType(t));
            types.getChildren().add(box);
        }
        FlowPane relations = new FlowPane(8, 4);
        for (RelationType t : RelationType.values()) {
            CheckBox box = new CheckBox(words(t.name()));
            box.setId("filter-rel-" + css(t.name()));
            box.setGraphic(swatch("rel-" + css(t.name())));
            box.selectedProperty().bindBidirectional(model.relationType(t));
            relations.getChildren().add(box);
        }
        MenuButton tags = choiceMenu("All tags", "tags", model.availableTags(), model.selectedTags());
        tags.setId("filter-tags");
        MenuButton posts = choiceMenu("All posts", "posts", model.availablePosts(), model.selectedPosts());
        posts.setId("filter-posts");

        ComboBox<Classification> ceiling = new ComboBox<>();
        ceiling.setId("filter-ceiling");
        ceiling.getItems().add(null);
        ceiling.getItems().addAll(Classification.ceilings());
        ceiling.setConverter(new StringConverter<>() {
            @Override
            public String toString(Classification c) {
                return c == null ? "No ceiling (all markings)" : "Up to " + c.bannerText();
            }

            @Override
            public Classification fromString(String s) {
                return null;
            }
        });
        ceiling.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Classification c, boolean empty) {
                super.updateItem(c, empty);
                setText(ceiling.getConverter().toString(c));
            }
        });
        ceiling.valueProperty().bindBidirectional(model.ceilingProperty());
        ceiling.setMaxWidth(Double.MAX_VALUE);
        Label ceilingLabel = sub("Classification ceiling");
        ceilingLabel.setGraphic(Icons.CLASSIFICATION.node());

        getChildren().addAll(heading, sub("Entity types"), types, sub("Relations"), relations, sub("Cables"),
                new FlowPane(6, 4, tags, posts), ceilingLabel, ceiling);
    }

    private static MenuButton choiceMenu(String allText, String what, ObservableList<String> available,
                                         ObservableSet<String> chosen) {
        MenuButton button = new MenuButton(allText);
        Runnable rebuild = () -> {
            button.getItems().clear();
            MenuItem all = new MenuItem("All " + what);
            all.setOnAction(e -> chosen.clear());
            button.getItems().addAll(all, new SeparatorMenuItem());
            for (String value : available) {
                CheckMenuItem item = new CheckMenuItem(value);
                item.setSelected(chosen.contains(value));
                item.selectedProperty().addListener((o, a, on) -> {
                    if (on) {
                        chosen.add(value);
                    } else {
                        chosen.remove(value);
                    }
                });
                button.getItems().add(item);
            }
        };
        available.addListener((ListChangeListener<String>) c -> rebuild.run());
        chosen.addListener((javafx.collections.SetChangeListener<String>) c -> {
            button.setText(chosen.isEmpty() ? allText : String.join(", ", new java.util.TreeSet<>(chosen)));
            for (MenuItem item : button.getItems()) {
                if (item instanceof CheckMenuItem check) {
                    check.setSelected(chosen.contains(check.getText()));
                }
            }
        });
        rebuild.run();
        return button;
    }

    private static Label sub(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-subheading");
        return l;
    }

    private static Label swatch(String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("swatch", styleClass);
        return l;
    }

    static String words(String constant) {
        String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String css(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
