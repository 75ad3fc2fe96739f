package tieline.model;

import java.util.List;
import tieline.cable.Cable;

/**
 * What extraction found in a set of cables: the cables themselves, the resolved entities,
 * every mention and every piece of evidence. The input of the relationship graph.
 */
public record Extraction(List<Cable> cables, List<Entity> entities, List<Mention> mentions,
                         List<Evidence> evidence) {

    public Extraction {
        cables = List.copyOf(cables);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        evidence = List.copyOf(evidence);
    }
}
