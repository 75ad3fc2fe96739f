package tieline.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the corpus writes the words names are made of: how often each is written in lower case (as
 * an ordinary word) and how often with a capital inside a sentence (where only names and titles
 * are capitalised). One pass over every word of every mixed-case paragraph.
 */
final class WordUse {

    private final Map<String, Integer> lowerCase;
    private final Map<String, Integer> capitalisedInside;

    private WordUse(Map<String, Integer> lowerCase, Map<String, Integer> capitalisedInside) {
        this.lowerCase = lowerCase;
        this.capitalisedInside = capitalisedInside;
    }

    /** Counts the uses of these words (as written, and in lower case) across the scans. */
    static WordUse survey(Set<String> words, Collection<CableScan> scans) {
        Set<String> lower = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        WordFilter maybeLower = new WordFilter(lower);
        WordFilter maybeWord = new WordFilter(words);
        // a counter per word made up front: one look-up per word of the corpus finds and counts it
        SpellingTable<int[]> lowerCounts = counters(lower);
        SpellingTable<int[]> capitalCounts = counters(words);
        for (CableScan scan : scans) {
            for (ParagraphText p : scan.paragraphs()) {
                if (p.caps()) {
                    continue;
                }
                int sentence = -1;
                Tokens t = p.tokens();
                for (int i = 0; i < t.size(); i++) {
                    boolean first = p.sentenceOf()[i] != sentence;
                    sentence = p.sentenceOf()[i];
                    if (t.lowerCase(i)) {
                        int hash = t.hash(i);
                        int[] count = maybeLower.mayContainHash(hash) ? lowerCounts.get(t.text(i), hash) : null;
                        if (count != null) {
                            count[0]++;
                        }
                    } else if (!first && t.capitalised(i) && maybeWord.mayContainHash(t.hash(i))) {
                        int[] count = capitalCounts.get(t.text(i), t.hash(i));
                        if (count != null) {
                            count[0]++;
                        }
                    }
                }
            }
        }
        return new WordUse(counted(lowerCounts), counted(capitalCounts));
    }

    private static SpellingTable<int[]> counters(Set<String> words) {
        Map<String, int[]> counters = new HashMap<>(words.size() * 2);
        for (String w : words) {
            counters.put(w, new int[1]);
        }
        return new SpellingTable<>(counters);
    }

    /** The words met at least once, with their counts. */
    private static Map<String, Integer> counted(SpellingTable<int[]> counters) {
        Map<String, Integer> counts = new HashMap<>();
        counters.forEach((w, c) -> {
            if (c[0] > 0) {
                counts.put(w, c[0]);
            }
        });
        return counts;
    }

    /** The words (lower-cased) the corpus writes in lower case at least once. */
    Set<String> writtenInLowerCase() {
        return new HashSet<>(lowerCase.keySet());
    }

    /**
     * True when the word is written in lower case at least twice as often as it is capitalised
     * inside a sentence, plus one: "bulletin" (8 to 1) is an ordinary word, "Holder" (11 to 5) and
     * "Rice" (27 to 75) are names.
     */
    boolean mostlyLowerCase(String word) {
        int lower = lowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
        return lower >= 2 * (capitalisedInside.getOrDefault(word, 0) + 1);
    }
}
