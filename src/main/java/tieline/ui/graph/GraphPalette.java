package tieline.ui.graph;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import tieline.model.EntityType;
import tieline.model.RelationType;

/**
 * The colours the graph is drawn with. The canvas fills it from the style sheets (see
 * {@code styles/app.css}, {@code .graph-canvas}); the defaults here only serve until CSS is
 * applied and in the render benchmark.
 */
public final class GraphPalette {

    private final Map<EntityType, Color> nodes = new EnumMap<>(EntityType.class);
    private final Map<RelationType, Color> edges = new EnumMap<>(RelationType.class);
    private Color background = Color.web("#ffffff");
    private Color labelText = Color.web("#1f2328");
    private Color labelBackground = Color.web("#ffffffcc");
    private Color selection = Color.web("#d1242f");
    private Color focus = Color.web("#0969da");
    private Color nodeOutline = Color.web("#ffffff");
    private Color pin = Color.web("#1f2328");
    private int version;

    public GraphPalette() {
        nodes.put(EntityType.PERSON, Color.web("#0969da"));
        nodes.put(EntityType.ORGANIZATION, Color.web("#1a7f37"));
        nodes.put(EntityType.TOPIC, Color.web("#bf8700"));
        nodes.put(EntityType.PLACE, Color.web("#8250df"));
        edges.put(RelationType.ROLE, Color.web("#1a7f37"));
        edges.put(RelationType.FAMILY, Color.web("#bf3989"));
        edges.put(RelationType.BUSINESS, Color.web("#8250df"));
        edges.put(RelationType.MET, Color.web("#0969da"));
        edges.put(RelationType.CORRESPONDED, Color.web("#1b7c83"));
        edges.put(RelationType.CRITICIZED, Color.web("#cf222e"));
        edges.put(RelationType.DISCUSSED, Color.web("#bc4c00"));
        edges.put(RelationType.MENTIONED_WITH, Color.web("#8c959f"));
    }

    /** Changes with every colour set, so drawings made with older colours can be told apart. */
    public int version() {
        return version;
    }

    public Color node(EntityType type) {
        return nodes.get(type);
    }

    public Color edge(RelationType type) {
        return edges.get(type);
    }

    public void setNode(EntityType type, Color c) {
        version++;
        nodes.put(type, c);
    }

    public void setEdge(RelationType type, Color c) {
        version++;
        edges.put(type, c);
    }

    public Color background() {
        return background;
    }

    public void setBackground(Color c) {
        version++;
        background = c;
    }

    public Color labelText() {
        return labelText;
    }

    public void setLabelText(Color c) {
        version++;
        labelText = c;
    }

    public Color labelBackground() {
        return labelBackground;
    }

    public void setLabelBackground(Color c) {
        version++;
        labelBackground = c;
    }

    public Color selection() {
        return selection;
    }

    public void setSelection(Color c) {
        version++;
        selection = c;
    }

    public Color focus() {
        return focus;
    }

    public void setFocus(Color c) {
        version++;
        focus = c;
    }

    public Color nodeOutline() {
        return nodeOutline;
    }

    public void setNodeOutline(Color c) {
        version++;
        nodeOutline = c;
    }

    public Color pin() {
        return pin;
    }

    public void setPin(Color c) {
        version++;
        pin = c;
    }
}
