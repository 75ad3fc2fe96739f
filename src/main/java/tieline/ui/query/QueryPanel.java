package tieline.ui.query;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tieline.model.Evidence;
import tieline.ui.Icons;
import tieline.ui.search.SearchField;
import tieline.ui.search.Suggestion;

/** The queries section of the left panel: path between two entities, neighbourhood within N hops. */
public final class QueryPanel extends VBox {

    public QueryPanel(QueryViewModel model, Function<String, List<Suggestion>> suggest, Consumer<Evidence> open) {
        super(6);
        setId("queries");
        getStyleClass().add("query-panel");
        Label heading = new Label("Queries");
        heading.getStyleClass().add("panel-heading");
        heading.setGraphic(Icons.PATH.node());

        SearchField from = picker("query-from", "From\u2026", suggest, model.fromProperty()::set);
        SearchField to = picker("query-to", "To\u2026", suggest, model.toProperty()::set);
        Button findPath = new Button("Find path");
        findPath.setId("query-path-button");
        findPath.setGraphic(Icons.PATH.node());
        findPath.setOnAction(e -> model.findPath());
        findPath.setMaxWidth(Double.MAX_VALUE);

        SearchField centre = picker("query-centre", "Entity\u2026", suggest, model.centreProperty()::set);
        Spinner<Integer> hops = new Spinner<>(1, 5, 1);
        hops.setId("query-hops");
        hops.setPrefWidth(70);
        hops.getValueFactory().valueProperty().addListener((o, a, b) -> model.hopsProperty().set(b));
        Button neighbourhood = new Button("Neighbourhood");
        neighbourhood.setId("query-neighbourhood-button");
        neighbourhood.setGraphic(Icons.NEIGHBOURHOOD.node());
        neighbourhood.setOnAction(e -> model.showNeighbourhood());
        Button clear = new Button("Clear");
        clear.setId("query-clear");
        clear.setGraphic(Icons.CLEAR.node());
        clear.setOnAction(e -> model.clear());
        HBox neighbourhoodRow = new HBox(6, new Label("hops"), hops, neighbourhood);
        neighbourhoodRow.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("query-result");
        result.setWrapText(true);
        result.getStyleClass().add("muted");
        result.textProperty().bind(model.resultProperty());

        ListView<Evidence> evidence = new ListView<>(model.pathEvidence());
        evidence.setId("path-evidence");
        evidence.setPrefHeight(150);
        evidence.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : (e.date() == null ? "undated" : e.date()) + "  " + e.cableId() + " \u00b6" + e.paragraph()
                        + "  " + e.quote());
            }
        });
        evidence.setOnMouseClicked(e -> {
            Evidence chosen = evidence.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                open.accept(chosen);
            }
        });
        evidence.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.pathEvidence()));
        evidence.managedProperty().bind(evidence.visibleProperty());

        getChildren().addAll(heading, sub("Path between two entities"), from, to, findPath,
                sub("Neighbourhood"), centre, neighbourhoodRow, clear, result, evidence);
        VBox.setVgrow(evidence, Priority.SOMETIMES);
    }

    private static SearchField picker(String id, String prompt, Function<String, List<Suggestion>> suggest,
                                      Consumer<Suggestion> chosen) {
        SearchField f = new SearchField(suggest, chosen);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Label sub(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-subheading");
        return l;
    }
}
