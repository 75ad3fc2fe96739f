package tieline.bench;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tieline.cable.Cable;
import tieline.cable.Classification;
import tieline.cable.Paragraph;
import tieline.cable.ParagraphKind;
import tieline.export.DataFormat;
import tieline.graph.GraphFilter;
import tieline.graph.GraphView;
import tieline.graph.RelationshipGraph;
import tieline.model.DateSource;
import tieline.model.Entity;
import tieline.model.EntityType;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;
import tieline.model.RelationType;

/**
 * Graph and export timings on a synthetic, seeded extraction (no corpus needed):
 * {@code ./tieline bench GraphBenchmark [entities] [evidence] [seed]}. Links follow preferential
 * attachment so degrees are skewed like real cables (a few officials everywhere).
 */
public final class GraphBenchmark {

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int evidence = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Extraction x = synthetic(entities, evidence, seed);

        BenchTable t = new BenchTable("GraphBenchmark: " + entities + " entities, " + evidence + " evidence, seed " + seed);
        PeakHeap.reset();
        long t0 = System.nanoTime();
        RelationshipGraph graph = RelationshipGraph.build(x);
        long t1 = System.nanoTime();
        t.row("build graph", "%8.1f ms (%d relationships)", ms(t0, t1), graph.relationships().size());
        GraphView all = graph.view();
        long t2 = System.nanoTime();
        all.centrality().degrees();
        long t3 = System.nanoTime();
        all.centrality().pageRankScores();
        long t4 = System.nanoTime();
        all.centrality().betweennessScores();
        long t5 = System.nanoTime();
        t.row("degree (all)", "%8.1f ms", ms(t2, t3));
        t.row("PageRank (all)", "%8.1f ms", ms(t3, t4));
        t.row("betweenness (all)", "%8.1f ms", ms(t4, t5));
        GraphView confidential = graph.view(GraphFilter.ALL.withCeiling(Classification.CONFIDENTIAL)
                .withFrom(LocalDate.of(2006, 1, 1)));
        long t6 = System.nanoTime();
        t.row("view C, 2006-", "%8.1f ms (%d entities, %d relationships)", ms(t5, t6),
                confidential.entities().size(), confidential.relationships().size());
        confidential.centrality().betweennessScores();
        long t7 = System.nanoTime();
        t.row("betweenness (view)", "%8.1f ms", ms(t6, t7));
        String hub = all.centrality().topByPageRank(1).get(0);
        GraphView hood = all.neighbourhood(hub, 2);
        long t8 = System.nanoTime();
        t.row("neighbourhood 2 hops", "%8.1f ms (%d entities)", ms(t7, t8), hood.entities().size());
        for (DataFormat f : DataFormat.values()) {
            CountingStream out = new CountingStream();
            long s = System.nanoTime();
            f.writer().write(all, out);
            t.row("export " + f, "%8.1f ms (%.1f MB)", ms(s, System.nanoTime()), out.count / 1e6);
        }
        t.row("peak heap", "%8.0f MB", PeakHeap.megabytes());
        t.print(System.out);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    public static Extraction synthetic(int entityCount, int evidenceCount, long seed) {
        Random random = new Random(seed);
        EntityType[] types = EntityType.values();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            EntityType type = types[random.nextInt(types.length)];
            entities.add(new Entity(Entity.idFor(type, "entity " + i), type, "Entity " + i, Set.of(), List.of()));
        }
        Classification[] markings = {Classification.UNCLASSIFIED, Classification.SBU, Classification.CONFIDENTIAL,
            Classification.SECRET, Classification.SECRET_NOFORN};
        String[] tags = {"PREL", "PGOV", "MARR", "ENRG", "ECON"};
        int cableCount = Math.max(1, evidenceCount / 50);
        List<Cable> cables = new ArrayList<>();
        for (int i = 0; i < cableCount; i++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int p = 1; p <= 10; p++) {
                paragraphs.add(new Paragraph(p, Integer.toString(p), markings[random.nextInt(markings.length)], "text",
                        p, ParagraphKind.BODY));
            }
            Instant when = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3650)).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC);
            cables.add(new Cable("0" + (i % 10) + "BAKU" + i, "f" + i, when, null, "AMEMBASSY BAKU", List.of(),
                    List.of(), Classification.SECRET, null, null, null, List.of(tags[random.nextInt(tags.length)]),
                    "subject " + i, List.of(), null, paragraphs, null, ""));
        }
        // preferential attachment: pick an end from the list of ends so far half of the time
        List<Integer> ends = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        RelationType[] relationTypes = RelationType.values();
        for (int i = 0; i < evidenceCount; i++) {
            int a = pick(random, ends, entityCount);
            int b = pick(random, ends, entityCount);
            if (a == b) {
                b = (b + 1) % entityCount;
            }
            ends.add(a);
            ends.add(b);
            Cable c = cables.get(random.nextInt(cableCount));
            int paragraph = 1 + random.nextInt(10);
            evidence.add(new Evidence(entities.get(a).id(), entities.get(b).id(),
                    relationTypes[random.nextInt(relationTypes.length)], c.id(), paragraph,
                    c.paragraphs().get(paragraph - 1).marking(), c.date().minusDays(random.nextInt(30)), DateSource.TEXT,
                    "quote " + i + ", with a comma and \"quotes\""));
            mentions.add(new Mention(entities.get(a).id(), c.id(), paragraph, 0, 5, "Entity"));
        }
        return new Extraction(cables, entities, mentions, evidence);
    }

    private static int pick(Random random, List<Integer> ends, int n) {
        return ends.isEmpty() || random.nextBoolean() ? random.nextInt(n) : ends.get(random.nextInt(ends.size()));
    }

    /** Counts bytes and drops them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
