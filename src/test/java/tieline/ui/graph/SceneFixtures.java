package tieline.ui.graph;

import tieline.model.EntityType;
import tieline.model.RelationType;

/** Small hand-made scenes for the canvas tests. */
final class SceneFixtures {

    private SceneFixtures() {
    }

    /**
     * A star around {@code hub} (importance 1) with leaves a, b, c at 100 units, plus an
     * isolated pair x - y far away.
     */
    static GraphScene star() {
        return GraphScene.builder()
                .node("a", "Alpha", EntityType.ORGANIZATION, 0.2, 100, 0)
                .node("hub", "Hub Person", EntityType.PERSON, 1.0, 0, 0)
                .node("b", "Bravo", EntityType.TOPIC, 0.3, 0, 100)
                .node("c", "Charlie", EntityType.PLACE, 0.1, -100, 0)
                .node("x", "X-ray", EntityType.PERSON, 0.05, 1000, 1000)
                .node("y", "Yankee", EntityType.PERSON, 0.05, 1100, 1000)
                .edge("hub-a", "hub", "a", RelationType.ROLE, 3)
                .edge("hub-b", "hub", "b", RelationType.DISCUSSED, 1)
                .edge("hub-c", "hub", "c", RelationType.MET, 8)
                .edge("x-y", "x", "y", RelationType.MENTIONED_WITH, 1)
                .build();
    }
}
