package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieline.Corpus;

/**
 * Reads the whole shared corpus (seeds, baku, other). Every file must give a cable with an id and
 * a date and no exception; field counts are printed; and what the text alone yields is compared
 * with the archive's {@code index.csv}, with thresholds set a little under what was measured
 * (see the final report). Skips when the corpus is not on this machine.
 */
class CorpusParseTest {

    private static Path root;
    private static long files;
    private static ReadResult withCatalogues;
    private static ReadResult textOnly;
    private static CorpusIndex index;

    @BeforeAll
    static void readCorpus() throws IOException {
        Assumptions.assumeTrue(Corpus.root().isPresent(), "shared corpus not present");
        root = Corpus.root().get();
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).count();
        }
        withCatalogues = new CableReader().read(List.of(root));
        textOnly = new CableReader(CableReader.DEFAULT_MAX_BYTES, false).read(List.of(root));
        index = CorpusIndex.load(List.of(root.resolve("baku"), root.resolve("other")));
    }

    @Test
    void everyFileIsACableWithIdAndDate() {
        assertEquals(List.of(), withCatalogues.problems());
        assertEquals(files, withCatalogues.cables().size());
        List<String> missing = new ArrayList<>();
        for (Cable c : withCatalogues.cables()) {
            if (c.id() == null || c.dateTime() == null) {
                missing.add(c.source());
            }
        }
        assertEquals(List.of(), missing, "cables without id or date");
    }

    @Test
    void fieldCountsAndSources() {
        List<Cable> cables = withCatalogues.cables();
        Map<String, Predicate<Cable>> fields = new LinkedHashMap<>();
        fields.put("id", c -> c.id() != null);
        fields.put("date", c -> c.dateTime() != null);
        fields.put("precedence", c -> c.precedence() != null);
        fields.put("origin (FM)", c -> c.origin() != null);
        fields.put("TO", c -> !c.to().isEmpty());
        fields.put("INFO", c -> !c.info().isEmpty());
        fields.put("classification", c -> c.classification() != null);
        fields.put("section", c -> c.section() != null);
        fields.put("E.O. line", c -> c.eoLine() != null);
        fields.put("declassify date", c -> c.declassifyOn() != null);
        fields.put("TAGS", c -> !c.tags().isEmpty());
        fields.put("SUBJECT", c -> c.subject() != null);
        fields.put("REF", c -> !c.refs().isEmpty());
        fields.put("REF with cable id", c -> c.refs().stream().anyMatch(r -> r.cableId() != null));
        fields.put("Classified By", c -> c.classifiedBy() != null);
        fields.put("paragraphs >= 1", c -> !c.paragraphs().isEmpty());
        fields.put("numbered paragraphs", c -> c.paragraphs().stream().anyMatch(p -> p.label() != null));
        fields.put("summary paragraph", c -> c.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.SUMMARY));
        fields.put("comment paragraph", c -> c.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.COMMENT));
        fields.put("signer", c -> c.signer() != null);
        System.out.printf(Locale.ROOT, "%nCorpus %s: %d files, %d cables%n", root, files, cables.size());
        for (Map.Entry<String, Predicate<Cable>> f : fields.entrySet()) {
            long n = cables.stream().filter(f.getValue()).count();
            System.out.printf(Locale.ROOT, "  %-22s %5d  %5.1f%%%n", f.getKey(), n, 100.0 * n / cables.size());
        }
        Map<FieldSource, Integer> idFrom = new EnumMap<>(FieldSource.class);
        Map<FieldSource, Integer> dateFrom = new EnumMap<>(FieldSource.class);
        for (Cable c : cables) {
            idFrom.merge(c.provenance().id(), 1, Integer::sum);
            dateFrom.merge(c.provenance().dateTime(), 1, Integer::sum);
        }
        System.out.println("  id from   " + idFrom);
        System.out.println("  date from " + dateFrom);
        long paragraphs = cables.stream().mapToLong(c -> c.paragraphs().size()).sum();
        System.out.printf(Locale.ROOT, "  paragraphs in all      %d%n", paragraphs);
        assertTrue(dateFrom.getOrDefault(FieldSource.TEXT, 0) > 0.85 * cables.size(), "most dates come from the text");
        assertTrue(cables.stream().filter(fields.get("SUBJECT")).count() > 0.95 * cables.size());
        assertTrue(cables.stream().filter(fields.get("classification")).count() > 0.99 * cables.size());
        assertTrue(cables.stream().filter(fields.get("paragraphs >= 1")).count() > 0.99 * cables.size());
    }

    @Test
    void textAloneAgreesWithTheArchiveIndex() {
        Map<String, BiPredicate<Cable, CorpusIndex.Row>> checks = new LinkedHashMap<>();
        checks.put("id", CorpusIndex::idAgrees);
        checks.put("date", CorpusIndex::dateAgrees);
        checks.put("classification", CorpusIndex::classificationAgrees);
        checks.put("subject", CorpusIndex::subjectAgrees);
        Map<String, Predicate<Cable>> present = Map.of("id", c -> c.id() != null, "date", c -> c.dateTime() != null,
                "classification", c -> c.classification() != null, "subject", c -> true);
        Map<String, Double> thresholds = Map.of("id", 0.995, "date", 0.998, "classification", 0.98, "subject", 0.99);
        Map<String, Double> coverageThresholds = Map.of("id", 0.90, "date", 0.90, "classification", 0.99,
                "subject", 1.0);
        System.out.printf(Locale.ROOT, "%nText alone against index.csv (%d rows):%n", index.size());
        System.out.printf(Locale.ROOT, "  %-15s %8s %10s %18s%n", "field", "found", "agree", "agree where found");
        for (String field : checks.keySet()) {
            int rows = 0;
            int found = 0;
            int agree = 0;
            for (Cable c : textOnly.cables()) {
                CorpusIndex.Row row = index.rowFor(c);
                if (row == null) {
                    continue;
                }
                rows++;
                if (present.get(field).test(c)) {
                    found++;
                    if (checks.get(field).test(c, row)) {
                        agree++;
                    }
                }
            }
            double coverage = (double) found / rows;
            double agreement = (double) agree / found;
            System.out.printf(Locale.ROOT, "  %-15s %7.2f%% %9.2f%% %17.2f%%%n", field, 100 * coverage,
                    100.0 * agree / rows, 100 * agreement);
            assertTrue(coverage >= coverageThresholds.get(field), field + " found in " + coverage);
            assertTrue(agreement >= thresholds.get(field), field + " agrees in " + agreement);
        }
    }

    @Test
    void catalogueFillsOnlyWhatTheTextLacks() {
        Map<String, Cable> plain = new LinkedHashMap<>();
        textOnly.cables().forEach(c -> plain.put(c.source(), c));
        int filled = 0;
        for (Cable c : withCatalogues.cables()) {
            Cable t = plain.get(c.source());
            assertNotNull(t);
            if (t.id() != null) {
                assertEquals(t.id(), c.id(), c.source());
            }
            if (t.dateTime() != null) {
                assertEquals(t.dateTime(), c.dateTime(), c.source());
            } else {
                assertEquals(FieldSource.CATALOGUE, c.provenance().dateTime(), c.source());
                filled++;
            }
        }
        System.out.printf(Locale.ROOT, "%nDates taken from index.csv (absent from the text): %d%n", filled);
        assertTrue(filled > 0);
    }
}
