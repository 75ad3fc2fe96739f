package tieline.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Mention;

/**
 * What a relationship graph holds about one entity: the entity, its mentions and the evidence
 * it takes part in, both in order. One look-up by entity id finds all three.
 */
final class EntityEntry {

    final Entity entity;
    /** Its place among the graph's entities, from 0. */
    final int index;
    private List<Mention> mentions;
    private List<Evidence> evidence;
    /** While building: the evidence linking it to entities of a higher index, in timeline order. */
    List<RankedEvidence> lowerEnd;

    EntityEntry(Entity entity, int index) {
        this.entity = entity;
        this.index = index;
    }

    void addMention(Mention m) {
        if (mentions == null) {
            mentions = new ArrayList<>();
        }
        mentions.add(m);
    }

    void addEvidence(Evidence e) {
        if (evidence == null) {
            evidence = new ArrayList<>();
        }
        evidence.add(e);
    }

    /** True when a mention or evidence makes it a vertex of the graph. */
    boolean isVertex() {
        return mentions != null || evidence != null;
    }

    /** Makes both lists read-only once building is done. */
    void freeze() {
        mentions = mentions == null ? List.of() : Collections.unmodifiableList(mentions);
        evidence = evidence == null ? List.of() : Collections.unmodifiableList(evidence);
        lowerEnd = null;
    }

    /** Its mentions, by cable date then paragraph then offset. */
    List<Mention> mentions() {
        return mentions;
    }

    /** The evidence it takes part in, in timeline order. */
    List<Evidence> evidence() {
        return evidence;
    }
}
