package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tieline.Corpus;
import tieline.cable.CableReader;
import tieline.cable.ReadResult;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Extraction;

/**
 * The whole shared corpus (skipped when it is absent): extraction runs without an exception and
 * a sample of precision rules holds: no person is a month, a weekday, cable furniture, an
 * institution word, a country, a nationality or a post.
 */
class CorpusExtractionTest {

    @Test
    void wholeCorpusExtractsWithPlausiblePeople() {
        Assumptions.assumeTrue(Corpus.root().isPresent(), "shared corpus not present");
        ReadResult read = new CableReader().read(List.of(Corpus.root().get()));
        Gazetteer gazetteer = Gazetteer.bundled();
        Extraction x = new Extractor(gazetteer).extract(read.cables());
        long people = x.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
        System.out.printf(Locale.ROOT, "corpus: %d cables, %d entities (%d people), %d mentions, %d evidence%n",
                read.cables().size(), x.entities().size(), people, x.mentions().size(), x.evidence().size());
        assertTrue(read.cables().size() >= 2000);
        assertTrue(people > 1000, "people found: " + people);
        assertTrue(x.evidence().size() > 10_000);

        Set<String> notPeople = new HashSet<>();
        for (String w : List.of("Embassy", "Washington", "Department", "Government", "Ministry", "Summary",
                "End Summary", "Comment", "Action Request", "Sincerely", "Reftel", "Septel", "State", "Post",
                "Mission", "Consulate", "Parliament")) {
            notPeople.add(w.toLowerCase(Locale.ROOT));
        }
        CableVocabulary.MONTHS.forEach(m -> notPeople.add(m.toLowerCase(Locale.ROOT)));
        CableVocabulary.WEEKDAYS.forEach(d -> notPeople.add(d.toLowerCase(Locale.ROOT)));
        for (Country c : gazetteer.countries()) {
            notPeople.add(c.name().toLowerCase(Locale.ROOT));
            c.aliases().forEach(a -> notPeople.add(a.toLowerCase(Locale.ROOT)));
            c.adjectives().forEach(a -> notPeople.add(a.toLowerCase(Locale.ROOT)));
            c.posts().forEach(p -> notPeople.add(p.toLowerCase(Locale.ROOT)));
        }
        List<String> bad = new ArrayList<>();
        for (Entity e : x.entities()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (name.contains("xxxx")) {
                bad.add(e.id() + " (redaction)");
            }
            if (e.type() == EntityType.PERSON && (notPeople.contains(name)
                    || notPeople.contains(name.replace(" ", "")))) {
                bad.add(e.id() + " " + e.name());
            }
        }
        assertTrue(bad.isEmpty(), "not people: " + bad);
        assertFalse(x.mentions().stream().anyMatch(m -> m.text().toUpperCase(Locale.ROOT).contains("XXXXXX")),
                "a redaction is never a mention");
    }
}
