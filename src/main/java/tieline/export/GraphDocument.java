package tieline.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieline.cable.Classification;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * A Tieline JSON export read back (see {@link JsonGraphReader}): the same cables, entities with
 * their mentions, and relationships with their evidence, as typed records.
 *
 * @param version       the schema version of the file
 * @param cables        the cables cited
 * @param entities      the entities, each with its mentions
 * @param relationships the relationships, each with its evidence in file order
 */
public record GraphDocument(int version, List<CableSummary> cables, List<DocumentEntity> entities,
                            List<DocumentRelationship> relationships) {

    public GraphDocument {
        cables = List.copyOf(cables);
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
    }

    /** A cable as the export describes it. {@code subject} is null when withheld or absent. */
    public record CableSummary(String id, Instant date, String origin, Classification classification, String subject,
                               List<String> tags, List<String> refs, int paragraphs) {
        public CableSummary {
            tags = List.copyOf(tags);
            refs = List.copyOf(refs);
        }
    }

    /** Where an entity is named: cable, paragraph and the text as written. */
    public record MentionRef(String cable, int paragraph, String text) {
    }

    /** An entity and every mention the export lists for it. */
    public record DocumentEntity(Entity entity, List<MentionRef> mentions) {
        public DocumentEntity {
            mentions = List.copyOf(mentions);
        }
    }

    /** A relationship and every piece of evidence the export lists for it. */
    public record DocumentRelationship(String id, String source, String target, Set<RelationType> types,
                                       List<Evidence> evidence) {
        public DocumentRelationship {
            types = Set.copyOf(types);
            evidence = List.copyOf(evidence);
        }
    }

    public Optional<DocumentEntity> entity(String id) {
        return entities.stream().filter(e -> e.entity().id().equals(id)).findFirst();
    }

    public Optional<DocumentRelationship> relationship(String id) {
        return relationships.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every piece of evidence of every relationship. */
    public List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        relationships.forEach(r -> out.addAll(r.evidence()));
        return out;
    }
}
