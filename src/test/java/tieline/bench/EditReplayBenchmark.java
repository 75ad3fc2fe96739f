package tieline.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tieline.Corpus;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.RelationType;
import tieline.workspace.CuratedData;
import tieline.workspace.Edit;
import tieline.workspace.EditLog;
import tieline.workspace.Edits;
import tieline.workspace.GazetteerExtraction;
import tieline.workspace.RelationshipId;

/**
 * How long undo takes when it replays the log from the raw extraction: reads the corpus (or
 * the folders given), extracts once, makes a seeded random mix of edits that all apply
 * (merges, renames, type changes, hides, pins, notes, added links, deleted evidence), then
 * times a full replay of the first N edits (median of 5) and one edit performed on the current
 * data. Prints a table.
 *
 * <pre>./tieline bench EditReplayBenchmark [folder ...]</pre>
 */
public final class EditReplayBenchmark {

    private static final int[] LOG_SIZES = {0, 10, 100, 1000};
    private static final int RUNS = 5;

    private EditReplayBenchmark() {
    }

    public static void main(String[] args) {
        List<Path> folders = args.length > 0 ? Arrays.stream(args).map(Path::of).toList()
                : List.of(Corpus.root().orElseThrow(() -> new IllegalStateException("no corpus; give folders")));
        long t0 = System.nanoTime();
        List<Cable> cables = new CableReader().read(folders).cables();
        long t1 = System.nanoTime();
        Extraction raw = GazetteerExtraction.bundled().extract(cables, List.of());
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "corpus: %s%n", folders);
        System.out.printf(Locale.ROOT, "%,d cables read in %.2f s; extraction %.2f s: %,d entities, %,d mentions, "
                        + "%,d evidence%n%n", cables.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, raw.entities().size(),
                raw.mentions().size(), raw.evidence().size());

        List<Edit> edits = applicableEdits(raw, LOG_SIZES[LOG_SIZES.length - 1], new Random(7));
        System.out.println(summary(edits));
        System.out.println();
        for (int warm = 0; warm < 3; warm++) {
            EditLog.of(edits, edits.size()).replay(raw);
        }
        System.out.printf("%10s | %18s | %22s%n", "log size", "undo = replay (ms)", "perform one edit (ms)");
        System.out.printf("%10s-+-%18s-+-%22s%n", "-".repeat(10), "-".repeat(18), "-".repeat(22));
        for (int n : LOG_SIZES) {
            if (n > edits.size()) {
                break;
            }
            EditLog log = EditLog.of(edits, n);
            double[] replay = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long s = System.nanoTime();
                log.replay(raw);
                replay[r] = (System.nanoTime() - s) / 1e6;
            }
            double perform = Double.NaN;
            if (n < edits.size()) {
                double[] one = new double[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    CuratedData data = log.replay(raw).data();
                    long s = System.nanoTime();
                    edits.get(n).apply(data);
                    one[r] = (System.nanoTime() - s) / 1e6;
                }
                perform = median(one);
            }
            System.out.printf(Locale.ROOT, "%10d | %18.1f | %22.2f%n", n, median(replay), perform);
        }
        perKind(raw, edits);
    }

    /** Time spent in each kind of edit during one replay of all of them. */
    private static void perKind(Extraction raw, List<Edit> edits) {
        Map<String, double[]> byKind = new java.util.TreeMap<>();
        CuratedData data = CuratedData.from(raw);
        for (Edit e : edits) {
            long s = System.nanoTime();
            e.apply(data);
            double[] acc = byKind.computeIfAbsent(e.getClass().getSimpleName(), k -> new double[2]);
            acc[0] += (System.nanoTime() - s) / 1e6;
            acc[1]++;
        }
        System.out.println();
        System.out.printf("%18s | %8s | %10s | %12s%n", "edit kind", "count", "total (ms)", "each (ms)");
        byKind.forEach((k, v) -> System.out.printf(Locale.ROOT, "%18s | %8d | %10.1f | %12.3f%n", k, (long) v[1], v[0],
                v[0] / v[1]));
    }

    /** A seeded mix of edits, each checked to apply after the ones before it. */
    static List<Edit> applicableEdits(Extraction raw, int count, Random random) {
        Edits make = new Edits(java.time.Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), java.time.ZoneOffset.UTC));
        CuratedData data = CuratedData.from(raw);
        List<Edit> out = new ArrayList<>();
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 20) {
            List<Entity> entities = new ArrayList<>(data.entities());
            if (entities.size() < 2) {
                break;
            }
            Entity a = entities.get(random.nextInt(entities.size()));
            Entity b = entities.get(random.nextInt(entities.size()));
            Edit e = switch (random.nextInt(8)) {
                case 0 -> make.merge(a.id(), b.id());
                case 1 -> make.rename(a.id(), a.name() + " (checked)");
                case 2 -> make.changeType(a.id(), EntityType.values()[random.nextInt(EntityType.values().length)]);
                case 3 -> data.isHidden(a.id()) ? make.unhide(a.id()) : make.hide(a.id());
                case 4 -> make.pin(a.id(), random.nextGaussian() * 500, random.nextGaussian() * 500);
                case 5 -> make.note(random.nextBoolean() ? a.id() : RelationshipId.of(a.id(), b.id()).toString(),
                        "checked against the source " + out.size());
                case 6 -> make.addRelationship(a.id(), b.id(), RelationType.values()[random.nextInt(
                        RelationType.values().length)], LocalDate.of(2008, 1, 1).plusDays(random.nextInt(700)),
                        "analyst link " + out.size(), null, null, null);
                default -> {
                    List<Evidence> evidence = data.extraction().evidence();
                    yield evidence.isEmpty() ? make.hide(a.id())
                            : make.deleteEvidence(evidence.get(random.nextInt(evidence.size())));
                }
            };
            if (e.apply(data).applied()) {
                out.add(e);
            }
        }
        return out;
    }

    private static String summary(List<Edit> edits) {
        Map<String, Long> kinds = edits.stream().collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(),
                java.util.TreeMap::new, Collectors.counting()));
        return edits.size() + " edits: " + kinds;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
