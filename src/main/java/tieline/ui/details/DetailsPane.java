package tieline.ui.details;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import tieline.model.Evidence;
import tieline.ui.graph.GraphPalette;

/** The right panel: an entity's or a relationship's details, or a hint when nothing is selected. */
public final class DetailsPane extends ScrollPane {

    private final EntityDetailsView entityView;
    private final RelationshipDetailsView relationshipView;
    private final Label hint = new Label("Select an entity or a relationship in the graph.\n"
            + "Ctrl+F searches by name.");

    public DetailsPane(DetailsViewModel model, Consumer<Evidence> open, Consumer<String> selectRelationship,
                       GraphPalette palette) {
        setId("details-pane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        entityView = new EntityDetailsView(selectRelationship, palette);
        relationshipView = new RelationshipDetailsView(open);
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox hintBox = new VBox(hint);
        hintBox.getStyleClass().add("details");
        StackPane stack = new StackPane(hintBox, entityView, relationshipView);
        setContent(stack);
        model.entityProperty().addListener((o, a, d) -> {
            entityView.show(d);
            refresh(model);
        });
        model.relationshipProperty().addListener((o, a, d) -> {
            relationshipView.show(d);
            refresh(model);
        });
        model.betweennessProperty().addListener((o, a, b) -> entityView.setBetweenness(b));
        refresh(model);
    }

    private void refresh(DetailsViewModel model) {
        boolean entity = model.entityProperty().get() != null;
        boolean relationship = model.relationshipProperty().get() != null;
        entityView.setVisible(entity);
        entityView.setManaged(entity);
        relationshipView.setVisible(relationship);
        relationshipView.setManaged(relationship);
        hint.getParent().setVisible(!entity && !relationship);
        setVvalue(0);
    }

    public RelationshipDetailsView relationshipView() {
        return relationshipView;
    }

    public EntityDetailsView entityView() {
        return entityView;
    }
}
