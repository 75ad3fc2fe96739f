package tieline.ui.status;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tieline.cable.Classification;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;

/** The status bar's figures: cables, entities and relationships shown out of all, and the ceiling. */
public final class StatusViewModel {

    private final ReadOnlyStringWrapper cables = new ReadOnlyStringWrapper("Cables 0");
    private final ReadOnlyStringWrapper entities = new ReadOnlyStringWrapper("Entities 0");
    private final ReadOnlyStringWrapper relationships = new ReadOnlyStringWrapper("Relationships 0");
    private final ReadOnlyStringWrapper ceiling = new ReadOnlyStringWrapper("Ceiling: none");

    /** Recomputes the figures for a view of a graph (both may be null before anything is loaded). */
    public void update(RelationshipGraph graph, GraphView view, Classification ceilingChoice) {
        int allCables = graph == null ? 0 : graph.cables().size();
        int allEntities = graph == null ? 0 : graph.jgraph().vertexSet().size();
        int allRelationships = graph == null ? 0 : graph.relationships().size();
        cables.set(figure("Cables", view == null ? 0 : view.cables().size(), allCables));
        entities.set(figure("Entities", view == null ? 0 : view.entities().size(), allEntities));
        relationships.set(figure("Relationships", view == null ? 0 : view.relationships().size(), allRelationships));
        ceiling.set("Ceiling: " + (ceilingChoice == null ? "none" : ceilingChoice.bannerText()));
    }

    static String figure(String what, int shown, int total) {
        return String.format(Locale.ROOT, "%s %,d / %,d", what, shown, total);
    }

    public ReadOnlyStringProperty cablesProperty() {
        return cables.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty entitiesProperty() {
        return entities.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty relationshipsProperty() {
        return relationships.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ceilingProperty() {
        return ceiling.getReadOnlyProperty();
    }
}
