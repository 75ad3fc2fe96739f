package tieline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.Precedence;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;

/**
 * The graph build sorts all evidence and mentions at once and deals them out; this checks, on
 * seeded random extractions full of ties (same day, same cable, same paragraph, undated cables,
 * unknown and missing cable ids, repeated entities, bad evidence), that every list comes out as
 * sorting each list on its own with the public comparators would give it.
 */
class RelationshipGraphOrderTest {

    private static final List<Classification> MARKINGS = List.of(Classification.UNCLASSIFIED, Classification.SBU,
            Classification.CONFIDENTIAL, Classification.SECRET);

    @Test
    void everyListIsInTheOrderItsOwnStableSortGives() {
        for (long seed = 1; seed <= 40; seed++) {
            Extraction x = randomExtraction(new Random(seed));
            RelationshipGraph graph = RelationshipGraph.build(x);
            checkAgainstReference(x, graph, "seed " + seed);
        }
    }

    private static void checkAgainstReference(Extraction x, RelationshipGraph graph, String what) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        x.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        Map<String, Cable> cables = new LinkedHashMap<>();
        x.cables().forEach(c -> cables.putIfAbsent(c.key(), c));
        Comparator<Evidence> order = graph.evidenceOrder();

        Map<String, List<Evidence>> byPair = new LinkedHashMap<>();
        Map<String, List<Evidence>> byEntity = new LinkedHashMap<>();
        for (Evidence e : x.evidence()) {
            if (e.sourceId() == null || e.targetId() == null || e.sourceId().equals(e.targetId())
                    || !entities.containsKey(e.sourceId()) || !entities.containsKey(e.targetId()) || e.type() == null) {
                continue;
            }
            byPair.computeIfAbsent(Relationship.idFor(e.sourceId(), e.targetId()), k -> new ArrayList<>()).add(e);
            byEntity.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e);
            byEntity.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e);
        }
        assertEquals(List.copyOf(byPair.keySet()), graph.relationships().stream().map(Relationship::id).toList(),
                what + ": relationships in order of first evidence");
        for (Relationship r : graph.relationships()) {
            List<Evidence> expected = new ArrayList<>(byPair.get(r.id()));
            expected.sort(order);
            assertEquals(expected, r.timeline(), what + ": timeline of " + r.id());
            Set<String> cableIds = new LinkedHashSet<>();
            Set<RelationType> types = EnumSet.noneOf(RelationType.class);
            expected.forEach(e -> {
                cableIds.add(e.cableId());
                types.add(e.type());
            });
            assertEquals(new ArrayList<>(cableIds), new ArrayList<>(r.cables()), what + ": cables of " + r.id());
            assertEquals(types, r.types(), what + ": types of " + r.id());
            assertEquals(types.iterator().next(), r.strongestType(), what + ": strongest type of " + r.id());
        }

        Comparator<String> cableOrder = Comparator.<String, Instant>comparing(id -> {
            Cable c = cables.get(id);
            return c == null ? null : c.dateTime();
        }, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
        Comparator<Mention> mentionOrder = Comparator.comparing(Mention::cableId, Comparator.nullsLast(cableOrder))
                .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::start);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        x.mentions().stream().filter(m -> entities.containsKey(m.entityId()))
                .forEach(m -> mentions.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m));
        List<String> vertices = new ArrayList<>();
        for (String id : entities.keySet()) {
            List<Mention> expectedMentions = new ArrayList<>(mentions.getOrDefault(id, List.of()));
            expectedMentions.sort(mentionOrder);
            assertEquals(expectedMentions, graph.mentionsOf(id), what + ": mentions of " + id);
            List<Evidence> expectedEvidence = new ArrayList<>(byEntity.getOrDefault(id, List.of()));
            expectedEvidence.sort(order);
            assertEquals(expectedEvidence, graph.evidenceOf(id), what + ": evidence of " + id);
            if (mentions.containsKey(id) || byEntity.containsKey(id)) {
                vertices.add(id);
            }
        }
        assertEquals(vertices, List.copyOf(graph.jgraph().vertexSet()), what + ": vertices");
        assertEquals(List.copyOf(entities.values()), graph.entities(), what + ": entities");
    }

    private static Extraction randomExtraction(Random random) {
        List<Cable> cables = new ArrayList<>();
        Instant base = Instant.parse("2008-03-01T10:00:00Z");
        for (int i = 0; i < 12; i++) {
            // a few undated cables, and some sharing a date-time group so the id breaks the tie
            Instant time = random.nextInt(5) == 0 ? null : base.plusSeconds(3600L * random.nextInt(6));
            cables.add(cable(String.format("%02dPOST%d", random.nextInt(100), i), time));
        }
        cables.add(cables.get(3)); // a repeated cable keeps its first occurrence

        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entities.add(new Entity("person:p" + i, EntityType.PERSON, "P " + i, Set.of(), List.of()));
        }
        entities.add(new Entity("person:p7", EntityType.PERSON, "Again", Set.of(), List.of()));

        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            mentions.add(new Mention(entityId(random, 27), cableId(random, cables), random.nextInt(4),
                    random.nextInt(3), 10, "m" + i));
        }
        List<Evidence> evidence = new ArrayList<>();
        RelationType[] types = RelationType.values();
        for (int i = 0; i < 600; i++) {
            String a = entityId(random, 27);
            String b = random.nextInt(40) == 0 ? a : entityId(random, 27);
            LocalDate date = random.nextInt(6) == 0 ? null : LocalDate.of(2008, 3, 1 + random.nextInt(4));
            RelationType type = random.nextInt(100) == 0 ? null : types[random.nextInt(types.length)];
            String quote = random.nextInt(4) == 0 ? null : "q" + random.nextInt(3);
            evidence.add(new Evidence(a, b, type, cableId(random, cables), random.nextInt(3),
                    MARKINGS.get(random.nextInt(MARKINGS.size())), date, DateSource.CABLE, quote));
        }
        Extraction x = new Extraction(cables, entities, mentions, evidence);
        assertTrue(RelationshipGraph.build(x).skipped().size() > 3, "the random input holds bad evidence");
        return x;
    }

    /** Mostly known entities, a few unknown ones (ids past the 25 made). */
    private static String entityId(Random random, int bound) {
        return "person:p" + random.nextInt(bound);
    }

    /** Mostly known cables, some unknown ids, now and then none. */
    private static String cableId(Random random, List<Cable> cables) {
        int pick = random.nextInt(cables.size() + 3);
        if (pick < cables.size()) {
            return cables.get(pick).key();
        }
        return pick == cables.size() ? null : "99UNKNOWN" + pick;
    }

    private static Cable cable(String id, Instant time) {
        return new Cable(id, id + ".txt", time, Precedence.ROUTINE, "AMEMBASSY POST", List.of(), List.of(),
                Classification.CONFIDENTIAL, null, null, null, List.of(), "subject", List.of(), null, List.of(),
                "SIGNER", "text");
    }
}
