package tieline.extract;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A fixed map from words to values for walks that ask about nearly every word of the corpus.
 * Open addressing over side-by-side arrays: a look-up compares the word's hash (known to the
 * tokenizer) before the string, and needs no node per entry. A slot also remembers the last
 * string that matched it: the tokenizer's spelling cache hands out the same string for the same
 * spelling again and again, so most later look-ups recognise the word by identity instead of
 * comparing its letters. (Any string of equal letters may stand in the slot, so a race between
 * threads replacing it is harmless.)
 */
final class SpellingTable<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    SpellingTable(Map<String, V> entries) {
        // at most two thirds full: a miss still ends after a short run of slots, and the table
        // stays small enough to share the processor's cache with the words being looked up
        int slots = Integer.highestOneBit(Math.max(8, (entries.size() * 3 + 1) / 2 - 1)) << 1;
        keys = new String[slots];
        hashes = new int[slots];
        values = new Object[slots];
        mask = slots - 1;
        entries.forEach((word, value) -> {
            int hash = word.hashCode();
            int slot = slotOf(hash);
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            hashes[slot] = hash;
            values[slot] = value;
        });
    }

    /** The value for this word, or null; {@code hash} is its {@link String#hashCode()}. */
    @SuppressWarnings("unchecked")
    V get(String word, int hash) {
        int slot = slotOf(hash);
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (key == word) {
                return (V) values[slot];
            }
            if (hashes[slot] == hash && key.equals(word)) {
                keys[slot] = word;
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** Gives every word and its value to the action, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<String, V> action) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                action.accept(keys[slot], (V) values[slot]);
            }
        }
    }

    private int slotOf(int hash) {
        int x = hash * 0x9E3779B9;
        return (x ^ x >>> 15) & mask;
    }
}
