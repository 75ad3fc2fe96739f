package tieline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tieline.cable.Cable;
import tieline.model.Evidence;
import tieline.model.Extraction;
import tieline.model.Mention;

/**
 * Finds people, organizations and topics in cables and the dated evidence that links them.
 * Two passes: the first applies the rules to each cable on its own (in parallel); the corpus
 * then pools every full name, surname and acronym definition; the second pass finds all known
 * names again in each cable (in parallel), resolves surnames, acronyms and role references, and
 * builds the evidence. The gazetteer is copied when the extractor is made.
 */
public final class Extractor {

    private final Gazetteer gazetteer;
    private final Set<String> countryWords;
    private final PlaceNames placeNames;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer.copy();
        Set<String> words = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Country c : this.gazetteer.countries()) {
            words.add(c.name());
            words.addAll(c.aliases());
            words.addAll(c.adjectives());
            places.add(c.name());
            places.addAll(c.aliases());
            places.addAll(c.posts());
            places.addAll(c.adjectives());
        }
        for (GazetteerEntry e : this.gazetteer.entries()) {
            if (e.type() == tieline.model.EntityType.PLACE) {
                places.addAll(e.surfaces());
            }
        }
        this.countryWords = Set.copyOf(words);
        this.placeNames = new PlaceNames(Set.copyOf(places));
    }

    /**
     * The items as a parallel stream when the machine gives this process more than one processor;
     * on one, a parallel stream only adds a second thread that takes turns with the first (and
     * fills a second spelling cache), so the work runs in order on the calling thread.
     */
    private static <T> Stream<T> inParallel(List<T> items) {
        return Runtime.getRuntime().availableProcessors() > 1 ? items.parallelStream() : items.stream();
    }

    /** Extracts entities, mentions and evidence from the cables, resolving names across all of them. */
    public Extraction extract(List<Cable> cables) {
        CableScanner scanner = new CableScanner(countryWords, placeNames);
        List<CableScan> scans = inParallel(cables).map(scanner::scan).toList();
        NameIndex index = new NameIndex(gazetteer, scans);
        BodyResolver bodies = new BodyResolver(index);
        OfficeHolders offices = new OfficeHolders(gazetteer, bodies);
        MentionResolver resolver = new MentionResolver(index, bodies, offices, placeNames);
        List<CableExtraction> results = inParallel(scans)
                .map(scan -> EvidenceBuilder.build(scan, resolver.resolve(scan)))
                .toList();
        return assemble(cables, scans, results, index);
    }

    /** Gathers the per-cable results, in cable order, into one extraction. */
    private static Extraction assemble(List<Cable> cables, List<CableScan> scans, List<CableExtraction> results,
                                       NameIndex index) {
        EntityTable table = new EntityTable(index);
        int mentionCount = 0;
        int evidenceCount = 0;
        for (CableExtraction r : results) {
            mentionCount += r.mentions().size();
            evidenceCount += r.evidence().size();
        }
        List<Mention> mentions = new ArrayList<>(mentionCount);
        List<Evidence> evidence = new ArrayList<>(evidenceCount);
        for (int i = 0; i < results.size(); i++) {
            CableExtraction r = results.get(i);
            String cableId = scans.get(i).cable().key();
            for (ResolvedMention m : r.mentions()) {
                table.mention(m);
                mentions.add(new Mention(m.entityId(), cableId, m.paragraph(), m.start(), m.end(), m.surface()));
            }
            evidence.addAll(r.evidence());
        }
        List<RoleFact> roles = new ArrayList<>();
        results.forEach(r -> roles.addAll(r.roles()));
        RolesByDate.sorted(roles).forEach(table::role);
        table.addGazetteerKnowledge();
        return new Extraction(cables, table.entities(), mentions, evidence);
    }
}
