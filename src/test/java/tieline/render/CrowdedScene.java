package tieline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingScene;
import tieline.briefing.Legend;
import tieline.briefing.SceneEdge;
import tieline.briefing.SceneNode;
import tieline.briefing.SecurityMarking;
import tieline.model.EntityType;
import tieline.model.RelationType;

/** A network so dense that not every label can be placed: labels "Official 01", ... in a tight cluster. */
final class CrowdedScene {

    static final String EMPHASISED_LABEL = "Official 01";

    private CrowdedScene() {
    }

    static BriefingScene of(int size) {
        Random random = new Random(7);
        List<SceneNode> nodes = new ArrayList<>();
        List<SceneEdge> edges = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            String id = "person:" + i;
            nodes.add(new SceneNode(id, String.format("Official %02d", i), EntityType.PERSON,
                    random.nextGaussian(), random.nextGaussian(), 4 + random.nextInt(6), i == 1));
            if (i > 1) {
                edges.add(new SceneEdge("person:1", id, 1, RelationType.MET, 1, true));
            }
        }
        return new BriefingScene(BriefingKind.NETWORK, "Crowded", "", SecurityMarking.unclassified(),
                new Legend(List.of(EntityType.PERSON), List.of(RelationType.MET)), List.of(),
                SampleScenes.GENERATED, nodes, edges, List.of(), List.of());
    }
}
