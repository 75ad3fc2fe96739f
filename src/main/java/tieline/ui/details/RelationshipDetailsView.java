package tieline.ui.details;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tieline.graph.Relationship;
import tieline.model.Evidence;
import tieline.ui.timeline.TimelineView;

/** A relationship's details: its ends, a summary line, its timeline and its evidence, quote by quote. */
public final class RelationshipDetailsView extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final TimelineView timeline;
    private final VBox evidence = new VBox(6);
    private final Consumer<Evidence> open;

    public RelationshipDetailsView(Consumer<Evidence> open) {
        super(8);
        setId("relationship-details");
        getStyleClass().add("details");
        setPadding(new Insets(10));
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        summary.getStyleClass().add("details-summary");
        summary.setWrapText(true);
        timeline = new TimelineView(open);
        Label heading = new Label("Evidence");
        heading.getStyleClass().add("details-heading");
        getChildren().addAll(title, summary, timeline, heading, evidence);
        this.open = open;
    }

    /** Shows a relationship (null: nothing). */
    public void show(RelationshipDetails d) {
        evidence.getChildren().clear();
        if (d == null) {
            title.setText("");
            summary.setText("");
            timeline.setModel(null);
            return;
        }
        Relationship r = d.relationship();
        title.setText(d.title());
        String types = r.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        String dates = r.firstDate() == null ? "undated"
                : r.firstDate().equals(r.lastDate()) ? r.firstDate().toString() : r.firstDate() + " \u2013 " + r.lastDate();
        summary.setText(String.format(Locale.ROOT, "%s \u00b7 %d piece%s of evidence in %d cable%s \u00b7 %s \u00b7 %s",
                types, r.evidenceCount(), r.evidenceCount() == 1 ? "" : "s", r.cables().size(),
                r.cables().size() == 1 ? "" : "s", dates,
                r.classification() == null ? "unmarked" : r.classification().bannerText()));
        timeline.setModel(d.timeline());
        for (Evidence e : d.timeline().marks().stream().map(m -> m.evidence()).toList()) {
            evidence.getChildren().add(EvidenceCard.of(e, open));
        }
    }

    /** The timeline pane. */
    public TimelineView timeline() {
        return timeline;
    }
}
