package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.RelationType;

/** Look-ups over an extraction for readable assertions. */
final class ExtractionAssertions {

    private final Extraction x;

    ExtractionAssertions(Extraction x) {
        this.x = x;
    }

    Optional<Entity> entity(String id) {
        return x.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    Entity require(String id) {
        return entity(id).orElseThrow(() -> new AssertionError("no entity " + id + "; have "
                + x.entities().stream().map(Entity::id).collect(Collectors.joining(", "))));
    }

    /** Evidence between two entities (either order). */
    List<Evidence> between(String a, String b) {
        return x.evidence().stream()
                .filter(e -> e.sourceId().equals(a) && e.targetId().equals(b)
                        || e.sourceId().equals(b) && e.targetId().equals(a))
                .toList();
    }

    void assertEvidence(String a, RelationType type, String b, String cable, Integer paragraph, String date,
                        DateSource from) {
        List<Evidence> all = between(a, b);
        boolean found = all.stream().anyMatch(e -> (type == null || e.type() == type)
                && (cable == null || e.cableId().equals(cable))
                && (paragraph == null || e.paragraph() == paragraph)
                && (date == null || e.date().equals(LocalDate.parse(date)))
                && (from == null || e.dateFrom() == from));
        assertTrue(found, "expected " + a + " " + type + " " + b + " in " + cable + " \u00b6" + paragraph + " on "
                + date + " " + from + "; evidence between them: "
                + all.stream().map(e -> e.type() + " " + e.cableId() + " \u00b6" + e.paragraph() + " " + e.date() + " "
                + e.dateFrom()).collect(Collectors.joining("; ")));
    }
}
