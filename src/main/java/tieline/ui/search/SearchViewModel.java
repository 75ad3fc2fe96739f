package tieline.ui.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import tieline.model.Entity;

/**
 * Search with completion over entity names and aliases. A text matches a name when each of
 * its words starts a word of the name, in order ("heyd" matches "Kamaladdin Heydarov" and
 * "Heydar Aliyev"; "k hey" matches only the first); accents and case do not matter.
 * Suggestions rank whole-name prefixes first, then by how much the entity is mentioned.
 */
public final class SearchViewModel {

    /** At most this many suggestions are listed. */
    public static final int LIMIT = 12;

    private List<Name> names = List.of();
    private Map<String, Integer> weight = Map.of();

    private record Name(Entity entity, String written, String[] words, String folded) {
    }

    /**
     * Indexes the entities' names and aliases.
     *
     * @param weight how much an entity matters (e.g. its mention count), to rank equal matches
     */
    public void setEntities(List<Entity> entities, ToIntFunction<String> weight) {
        List<Name> all = new ArrayList<>();
        Map<String, Integer> w = new HashMap<>();
        for (Entity e : entities) {
            all.add(name(e, e.name()));
            for (String alias : e.aliases()) {
                all.add(name(e, alias));
            }
            w.put(e.id(), weight.applyAsInt(e.id()));
        }
        names = List.copyOf(all);
        this.weight = w;
    }

    private static Name name(Entity e, String written) {
        String folded = fold(written);
        return new Name(e, written, folded.split("[^\\p{L}\\p{N}]+"), folded);
    }

    /** Lower case without accents. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Completions for a text, best first, one per entity. */
    public List<Suggestion> suggest(String query) {
        String q = fold(query == null ? "" : query).trim();
        if (q.isEmpty()) {
            return List.of();
        }
        String[] parts = q.split("[^\\p{L}\\p{N}]+");
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Name n : names) {
            int score = score(n, q, parts);
            if (score <= 0) {
                continue;
            }
            Scored previous = best.get(n.entity.id());
            if (previous == null || score > previous.score) {
                best.put(n.entity.id(), new Scored(n, score));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt((Scored s) -> -s.score)
                        .thenComparingInt(s -> -weight.getOrDefault(s.name.entity.id(), 0))
                        .thenComparing(s -> s.name.entity.name()))
                .limit(LIMIT)
                .map(s -> new Suggestion(s.name.entity.id(), s.name.entity.name(), s.name.written, s.name.entity.type()))
                .toList();
    }

    private record Scored(Name name, int score) {
    }

    /** 3: the whole name starts with the text; 2: every typed word starts a name word, in order; 0: no match. */
    private static int score(Name n, String q, String[] parts) {
        if (n.folded.startsWith(q)) {
            return 3;
        }
        int w = 0;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            while (w < n.words.length && !n.words[w].startsWith(p)) {
                w++;
            }
            if (w == n.words.length) {
                return 0;
            }
            w++;
        }
        return 2;
    }
}
