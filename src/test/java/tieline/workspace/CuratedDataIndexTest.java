package tieline.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.RelationType;

/**
 * The indexes by entity always agree with a plain scan of mentions and evidence, whatever mix
 * of merges, splits, deletions and additions came before (seeded random edits on the real
 * extraction of the seed cables).
 */
class CuratedDataIndexTest {

    @Test
    void indexesMatchAPlainScanAfterEveryEdit() {
        Extraction raw = GazetteerExtraction.bundled().extract(SampleExtraction.cables(), List.of());
        Edits make = new Edits(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC));
        Random random = new Random(42);
        CuratedData data = CuratedData.from(raw);
        int applied = 0;
        for (int step = 0; step < 400; step++) {
            List<Entity> entities = new ArrayList<>(data.entities());
            Entity a = entities.get(random.nextInt(entities.size()));
            Entity b = entities.get(random.nextInt(entities.size()));
            Edit e = switch (random.nextInt(4)) {
                case 0 -> make.merge(a.id(), b.id());
                case 1 -> a.aliases().isEmpty() ? make.hide(a.id())
                        : make.splitAlias(a.id(), new ArrayList<>(a.aliases()).get(random.nextInt(a.aliases().size())),
                        a.type() == EntityType.PERSON ? EntityType.PERSON : EntityType.TOPIC);
                case 2 -> {
                    List<Evidence> ev = data.extraction().evidence();
                    yield ev.isEmpty() ? make.hide(a.id()) : make.deleteEvidence(ev.get(random.nextInt(ev.size())));
                }
                default -> make.addRelationship(a.id(), b.id(), RelationType.MET, LocalDate.of(2008, 1, 1), "x", null,
                        null, null);
            };
            if (e.apply(data).applied()) {
                applied++;
            }
            checkIndexes(data);
        }
        assertTrue(applied > 200, "most edits applied: " + applied);
    }

    private static void checkIndexes(CuratedData data) {
        Extraction x = data.extraction();
        Set<String> ids = new TreeSet<>();
        x.mentions().forEach(m -> ids.add(m.entityId()));
        data.entities().forEach(e -> ids.add(e.id()));
        for (String id : ids) {
            List<Integer> scanned = new ArrayList<>();
            for (int i = 0; i < x.mentions().size(); i++) {
                if (x.mentions().get(i).entityId().equals(id)) {
                    scanned.add(i);
                }
            }
            assertEquals(scanned, data.mentionIndices(id), "mentions of " + id);
            assertEquals(scanned.size(), data.mentionCount(id));
            long links = x.evidence().stream().filter(e -> e.sourceId().equals(id) || e.targetId().equals(id)).count()
                    + data.internalEvidence(id).size();
            assertEquals(links, data.evidenceIndices(id).size(), "evidence of " + id);
            for (int i : data.evidenceIndices(id)) {
                Evidence e = data.evidenceAt(i).evidence();
                assertTrue(e.sourceId().equals(id) || e.targetId().equals(id), "index of " + id + " points at " + e);
            }
        }
    }
}
