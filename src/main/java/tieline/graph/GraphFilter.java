package tieline.graph;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.RelationType;

/**
 * What a {@link GraphView} shows. Every dimension is optional: a null date bound is open, a
 * null ceiling shows every marking, an empty set does not restrict.
 *
 * <ul>
 *   <li>{@code from}/{@code to}: inclusive range of evidence dates (of the cable date for mentions);</li>
 *   <li>{@code entityTypes}: both ends of a relationship, and every visible entity, have one of these types;</li>
 *   <li>{@code relationTypes}: evidence of these types only;</li>
 *   <li>{@code ceiling}: evidence (and mentions) marked at or below it only, in the order of
 *       {@link Classification} (SECRET//NOFORN is above SECRET); unmarked items are hidden under a ceiling;</li>
 *   <li>{@code tags}: the cable carries at least one of these TAGS (case does not matter);</li>
 *   <li>{@code posts}: the cable comes from one of these posts, e.g. {@code BAKU}.</li>
 * </ul>
 */
public record GraphFilter(LocalDate from, LocalDate to, Set<EntityType> entityTypes, Set<RelationType> relationTypes,
                          Classification ceiling, Set<String> tags, Set<String> posts) {

    /** Shows everything. */
    public static final GraphFilter ALL = new GraphFilter(null, null, Set.of(), Set.of(), null, Set.of(), Set.of());

    public GraphFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range starts after it ends: " + from + " > " + to);
        }
        entityTypes = entityTypes == null || entityTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(entityTypes));
        relationTypes = relationTypes == null || relationTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(relationTypes));
        tags = upperCase(tags);
        posts = upperCase(posts);
    }

    private static Set<String> upperCase(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.trim().toUpperCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public static Builder builder() {
        return new Builder(ALL);
    }

    /** A builder starting from this filter. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public GraphFilter withFrom(LocalDate from) {
        return toBuilder().from(from).build();
    }

    public GraphFilter withTo(LocalDate to) {
        return toBuilder().to(to).build();
    }

    public GraphFilter withDateRange(LocalDate from, LocalDate to) {
        return toBuilder().from(from).to(to).build();
    }

    public GraphFilter withEntityTypes(Set<EntityType> types) {
        return toBuilder().entityTypes(types).build();
    }

    public GraphFilter withRelationTypes(Set<RelationType> types) {
        return toBuilder().relationTypes(types).build();
    }

    public GraphFilter withCeiling(Classification ceiling) {
        return toBuilder().ceiling(ceiling).build();
    }

    public GraphFilter withTags(Set<String> tags) {
        return toBuilder().tags(tags).build();
    }

    public GraphFilter withPosts(Set<String> posts) {
        return toBuilder().posts(posts).build();
    }

    /** True when this filter hides nothing. */
    public boolean isAll() {
        return from == null && to == null && entityTypes.isEmpty() && relationTypes.isEmpty() && ceiling == null
                && tags.isEmpty() && posts.isEmpty();
    }

    /** True when the date is inside the range; an undated item passes only when the range is fully open. */
    public boolean admitsDate(LocalDate date) {
        if (date == null) {
            return from == null && to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True when a marking may be shown under the ceiling; an unknown marking only when there is no ceiling. */
    public boolean admitsMarking(Classification marking) {
        if (ceiling == null) {
            return true;
        }
        return marking != null && marking.isAtOrBelow(ceiling);
    }

    public boolean admitsEntityType(EntityType type) {
        return entityTypes.isEmpty() || entityTypes.contains(type);
    }

    public boolean admitsRelationType(RelationType type) {
        return relationTypes.isEmpty() || relationTypes.contains(type);
    }

    /**
     * True when the cable passes the tag and post dimensions. An unknown cable (null) passes
     * only when neither dimension restricts.
     */
    public boolean admitsCable(Cable cable) {
        if (tags.isEmpty() && posts.isEmpty()) {
            return true;
        }
        if (cable == null) {
            return false;
        }
        if (!posts.isEmpty()) {
            String post = cable.post();
            if (post == null || !posts.contains(post.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        if (!tags.isEmpty()) {
            return cable.tags().stream().anyMatch(t -> tags.contains(t.trim().toUpperCase(Locale.ROOT)));
        }
        return true;
    }

    /**
     * True when one piece of evidence passes every dimension but the entity types (which the
     * view checks on the two ends).
     *
     * @param cable the evidence's cable, or null when the graph does not hold it
     */
    public boolean admitsEvidence(Evidence evidence, Cable cable) {
        return admitsRelationType(evidence.type()) && admitsDate(evidence.date())
                && admitsMarking(evidence.marking()) && admitsCable(cable);
    }

    /** Builds a {@link GraphFilter} dimension by dimension. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private Set<EntityType> entityTypes;
        private Set<RelationType> relationTypes;
        private Classification ceiling;
        private Set<String> tags;
        private Set<String> posts;

        private Builder(GraphFilter start) {
            from = start.from;
            to = start.to;
            entityTypes = start.entityTypes;
            relationTypes = start.relationTypes;
            ceiling = start.ceiling;
            tags = start.tags;
            posts = start.posts;
        }

        public Builder from(LocalDate value) {
            from = value;
            return this;
        }

        public Builder to(LocalDate value) {
            to = value;
            return this;
        }

        public Builder entityTypes(Set<EntityType> value) {
            entityTypes = value;
            return this;
        }

        public Builder entityTypes(EntityType... value) {
            return entityTypes(Set.of(value));
        }

        public Builder relationTypes(Set<RelationType> value) {
            relationTypes = value;
            return this;
        }

        public Builder relationTypes(RelationType... value) {
            return relationTypes(Set.of(value));
        }

        public Builder ceiling(Classification value) {
            ceiling = value;
            return this;
        }

        public Builder tags(Set<String> value) {
            tags = value;
            return this;
        }

        public Builder tags(String... value) {
            return tags(Set.of(value));
        }

        public Builder posts(Set<String> value) {
            posts = value;
            return this;
        }

        public Builder posts(String... value) {
            return posts(Set.of(value));
        }

        public GraphFilter build() {
            return new GraphFilter(from, to, entityTypes, relationTypes, ceiling, tags, posts);
        }
    }
}
