package tieline.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import tieline.cable.Cable;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;

/**
 * The work of {@link RelationshipGraph#build}: checks the extraction, groups mentions and
 * evidence by entity and evidence by linked pair, sorts them and makes the JGraphT graph.
 *
 * <p>How it stays cheap on a corpus (tens of thousands of mentions and evidence): each entity id
 * is looked up once per mention and twice per piece of evidence, in one map holding everything
 * about the entity ({@link EntityEntry}); all mentions and all evidence are sorted once, on
 * precomputed keys ({@link CableRanks}), and then dealt out to their lists in that order, which
 * gives each list exactly what a stable sort of that list alone would give; pairs are grouped
 * without a map keyed by pair (see {@link PairTimelines}).
 */
final class GraphAssembly {

    final List<String> skipped = new ArrayList<>();
    final Map<String, Cable> cables;
    /** Every entity by id, the first one where an id repeats. */
    final Map<String, EntityEntry> entities;
    final List<Entity> entityList;
    final Map<String, Relationship> relationships;
    final List<Relationship> relationshipList;
    final Graph<String, Relationship> graph;

    GraphAssembly(Extraction extraction) {
        cables = new LinkedHashMap<>(extraction.cables().size() * 2);
        for (Cable c : extraction.cables()) {
            if (c.id() == null) {
                skipped.add("cable " + c.source() + " has no id; it is cited by its file name, " + c.key());
            }
            if (cables.putIfAbsent(c.key(), c) != null) {
                skipped.add("cable " + c.key() + " appears twice (" + c.source() + "); the first is kept");
            }
        }
        entities = new HashMap<>(extraction.entities().size() * 2);
        List<EntityEntry> entries = new ArrayList<>(extraction.entities().size());
        for (Entity e : extraction.entities()) {
            EntityEntry entry = new EntityEntry(e, entries.size());
            if (entities.putIfAbsent(e.id(), entry) != null) {
                skipped.add("entity " + e.id() + " appears twice; the first is kept");
            } else {
                entries.add(entry);
            }
        }
        entityList = new ArrayList<>(entries.size());
        for (EntityEntry entry : entries) {
            entityList.add(entry.entity);
        }

        CableRanks ranks = new CableRanks(cables);
        RankedMention[] mentions = rankMentions(extraction.mentions(), ranks);
        RankedEvidence[] evidence = rankEvidence(extraction.evidence(), ranks);
        ranks.number();
        // both sorts are stable: ties keep extraction order
        mentions = RankedMention.inCableOrder(mentions, ranks.count());
        TimelineSort.sort(evidence, ranks.count());
        for (RankedMention m : mentions) {
            m.entity.addMention(m.mention);
        }
        for (RankedEvidence e : evidence) {
            e.source.addEvidence(e.evidence);
            e.target.addEvidence(e.evidence);
            EntityEntry lower = e.lower();
            if (lower.lowerEnd == null) {
                lower.lowerEnd = new ArrayList<>();
            }
            lower.lowerEnd.add(e);
        }

        relationshipList = PairTimelines.relationships(entries, evidence.length);
        PresizedSimpleGraph<String, Relationship> simple = new PresizedSimpleGraph<>(entries.size(), relationshipList.size());
        for (EntityEntry entry : entries) {
            if (entry.isVertex()) {
                simple.addVertex(entry.entity.id());
            }
        }
        relationships = new HashMap<>(relationshipList.size() * 2);
        for (Relationship r : relationshipList) {
            relationships.put(r.id(), r);
            // one relationship per pair of distinct entities, both vertices (evidence makes them so)
            simple.addNewEdge(r.sourceId(), r.targetId(), r);
        }
        graph = simple;
        for (EntityEntry entry : entries) {
            entry.freeze();
        }
    }

    private RankedMention[] rankMentions(List<Mention> all, CableRanks ranks) {
        RankedMention[] out = new RankedMention[all.size()];
        int n = 0;
        for (Mention m : all) {
            EntityEntry entry = entities.get(m.entityId());
            if (entry == null) {
                skipped.add("mention '" + m.text() + "' in " + m.cableId() + " ¶" + m.paragraph()
                        + " names unknown entity " + m.entityId());
                continue;
            }
            out[n++] = new RankedMention(m, entry, ranks.of(m.cableId()));
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private RankedEvidence[] rankEvidence(List<Evidence> all, CableRanks ranks) {
        RankedEvidence[] out = new RankedEvidence[all.size()];
        int n = 0;
        // a sentence's evidence comes pair by pair with the same first entity, the very same id
        // string: the look-up before is reused when the string is
        String lastSourceId = null;
        EntityEntry lastSource = null;
        for (Evidence e : all) {
            String problem = null;
            EntityEntry source = null;
            EntityEntry target = null;
            if (e.sourceId() != null && e.sourceId() != lastSourceId) {
                lastSourceId = e.sourceId();
                lastSource = entities.get(lastSourceId);
            }
            if (e.sourceId() == null || e.targetId() == null) {
                problem = "lacks an end";
            } else if (e.sourceId().equals(e.targetId())) {
                problem = "links " + e.sourceId() + " to itself";
            } else if ((source = lastSource) == null) {
                problem = "names unknown entity " + e.sourceId();
            } else if ((target = entities.get(e.targetId())) == null) {
                problem = "names unknown entity " + e.targetId();
            } else if (e.type() == null) {
                problem = "has no relation type";
            }
            if (problem != null) {
                skipped.add("evidence in " + e.cableId() + " ¶" + e.paragraph() + " " + problem);
                continue;
            }
            out[n] = new RankedEvidence(e, n, source, target, ranks.of(e.cableId()));
            n++;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

}
