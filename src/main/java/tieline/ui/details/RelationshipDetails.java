package tieline.ui.details;

import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.ui.timeline.TimelineModel;

/**
 * What the details panel shows for a relationship: its two ends and its timeline as the view
 * shows it (evidence outside the filters left out).
 */
public record RelationshipDetails(Relationship relationship, Entity source, Entity target, TimelineModel timeline) {

    /** "Araz Azimov – Anne Derse". */
    public String title() {
        return source.name() + " \u2013 " + target.name();
    }
}
