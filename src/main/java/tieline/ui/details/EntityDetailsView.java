package tieline.ui.details;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import tieline.ui.Icons;
import tieline.ui.graph.GraphPalette;
import tieline.ui.timeline.TimelineStrip;

/**
 * An entity's details: names, offices over time, centrality figures and its relationships,
 * each with a small inline timeline on a shared scale. Clicking a relationship selects it.
 */
public final class EntityDetailsView extends VBox {

    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label names = new Label();
    private final VBox roles = new VBox(2);
    private final Label centrality = new Label();
    private final Label betweenness = new Label();
    private final VBox relationships = new VBox(2);
    private final Consumer<String> selectRelationship;
    private final GraphPalette palette;

    /**
     * @param selectRelationship called with a relationship id when its row is clicked
     * @param palette            relation colours for the small timelines
     */
    public EntityDetailsView(Consumer<String> selectRelationship, GraphPalette palette) {
        super(8);
        this.selectRelationship = selectRelationship;
        this.palette = palette;
        setId("entity-details");
        getStyleClass().add("details");
        setPadding(new Insets(10));
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        kind.getStyleClass().add("details-summary");
        kind.setWrapText(true);
        names.getStyleClass().add("details-summary");
        names.setWrapText(true);
        centrality.getStyleClass().add("details-figures");
        centrality.setWrapText(true);
        betweenness.getStyleClass().add("details-figures");
        getChildren().addAll(title, kind, names, heading("Offices"), roles, heading("Centrality"), centrality,
                betweenness, heading("Relationships"), relationships);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    /** Shows an entity (null: nothing). */
    public void show(EntityDetails d) {
        roles.getChildren().clear();
        relationships.getChildren().clear();
        if (d == null) {
            title.setText("");
            return;
        }
        title.setText(d.entity().name());
        title.setGraphic(Icons.of(d.entity().type()).node());
        kind.setText(d.entity().type().name().toLowerCase(Locale.ROOT) + " \u00b7 " + d.entity().id()
                + (d.classification() == null ? "" : " \u00b7 seen at " + d.classification().bannerText()));
        names.setText(d.entity().aliases().isEmpty() ? "No other names known"
                : "Also: " + d.entity().aliases().stream().sorted().collect(Collectors.joining(", ")));
        if (d.roles().isEmpty()) {
            roles.getChildren().add(muted("No offices known"));
        }
        for (RoleLine r : d.roles()) {
            Label office = new Label(r.office());
            office.setWrapText(true);
            Label period = muted(r.period());
            roles.getChildren().add(new VBox(0, office, period));
        }
        centrality.setText(String.format(Locale.ROOT, "%d relationship%s \u00b7 PageRank %.3g (#%d of %d)",
                d.degree(), d.degree() == 1 ? "" : "s", d.pageRank(), d.rank(), d.visible()));
        setBetweenness(null);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        int row = 0;
        for (RelationshipRow r : d.relationships()) {
            Label name = new Label(r.otherName());
            name.getStyleClass().add("link");
            name.setMaxWidth(170);
            Label count = muted(Integer.toString(r.timeline().size()));
            TimelineStrip strip = new TimelineStrip(r.timeline(), d.spanStart(), d.spanEnd(), palette,
                    Color.gray(0.6), 130, 14);
            name.setOnMouseClicked(e -> selectRelationship.accept(r.relationship().id()));
            strip.setOnMouseClicked(e -> selectRelationship.accept(r.relationship().id()));
            javafx.scene.control.Tooltip.install(name, new javafx.scene.control.Tooltip(r.relationship().types().stream()
                    .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "))));
            grid.addRow(row++, name, count, strip);
        }
        if (d.relationships().isEmpty()) {
            relationships.getChildren().add(muted("No relationships in the current view"));
        } else {
            relationships.getChildren().add(grid);
        }
    }

    /** Shows betweenness once known (null: still computing). */
    public void setBetweenness(Double value) {
        betweenness.setText(value == null ? "Betweenness: computing\u2026"
                : String.format(Locale.ROOT, "Betweenness %.1f", value));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
