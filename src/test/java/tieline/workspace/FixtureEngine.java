package tieline.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieline.cable.Cable;
import tieline.cable.Paragraph;
import tieline.model.Entity;
import tieline.model.Extraction;
import tieline.model.Mention;

/**
 * An extraction engine for workspace tests: {@link SampleExtraction} when 08BAKU73 is loaded,
 * plus, for each gazetteer addition, an entity mentioned wherever its name or an alias occurs
 * in any loaded paragraph. Counts its runs so tests can see when re-extraction happens.
 */
final class FixtureEngine implements ExtractionEngine {

    int runs;

    @Override
    public Extraction extract(List<Cable> cables, List<GazetteerAddition> additions) {
        runs++;
        boolean seed = cables.stream().anyMatch(c -> SampleExtraction.CABLE.equals(c.id()));
        Extraction base = seed ? SampleExtraction.build(cables) : new Extraction(cables, List.of(), List.of(), List.of());
        List<Entity> entities = new ArrayList<>(base.entities());
        List<Mention> mentions = new ArrayList<>(base.mentions());
        for (GazetteerAddition a : additions) {
            entities.add(new Entity(a.entityId(), a.type(), a.name(), Set.copyOf(a.aliases()), List.of()));
            List<String> surfaces = new ArrayList<>(a.aliases());
            surfaces.add(0, a.name());
            for (Cable c : cables) {
                for (Paragraph p : c.paragraphs()) {
                    boolean[] taken = new boolean[p.text().length()];
                    for (String s : surfaces) {
                        Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(s) + "(?!\\p{L})").matcher(p.text());
                        while (m.find()) {
                            if (!taken[m.start()]) {
                                mentions.add(new Mention(a.entityId(), c.id(), p.number(), m.start(), m.end(), s));
                                java.util.Arrays.fill(taken, m.start(), m.end(), true);
                            }
                        }
                    }
                }
            }
        }
        return new Extraction(cables, entities, mentions, base.evidence());
    }
}
