package tieline.extract;

import java.util.Arrays;

/**
 * The spellings one thread's tokenizer has met, each stored once with its shape, vocabulary
 * classes and relation cues: a repeated word costs a hash probe instead of a new string, a shape
 * scan and map look-ups. An open-addressing table keyed by the characters themselves (hash and
 * packed facts side by side in one {@code long} per slot), so a word is looked up before any
 * string is made. Emptied when it grows past {@link #LIMIT} spellings.
 */
final class WordCache {

    /** Spellings kept before the table starts again (bounds the memory a long-lived thread holds). */
    static final int LIMIT = 1 << 18;
    private static final int INITIAL = 1 << 14;

    /** Per slot: the spelling's hash in the high half, its packed facts ({@link Token#pack}) in the low half. */
    private long[] keys = new long[INITIAL];
    private char[][] spellings = new char[INITIAL][];
    private String[] words = new String[INITIAL];
    private int size;
    private int lastInfo;
    private int lastHash;

    /** The word's string for {@code text[start, end)}; its packed facts are then {@link #info()}. */
    String word(char[] text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text[k];
        }
        lastHash = hash;
        int mask = words.length - 1;
        int slot = mix(hash) & mask;
        int len = end - start;
        while (true) {
            char[] w = spellings[slot];
            if (w == null) {
                break;
            }
            long key = keys[slot];
            if ((int) (key >>> 32) == hash && Arrays.equals(w, 0, w.length, text, start, end)) {
                lastInfo = (int) key;
                return words[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size >= LIMIT) {
            clear();
            return word(text, start, end);
        }
        String w = new String(text, start, len);
        int info = Token.pack(Token.shapeOf(w), CableVocabulary.classesOf(w), RelationCues.cueBits(w));
        put(slot, hash, info, w);
        lastInfo = info;
        if (++size * 2 > words.length) {
            grow();
        }
        return w;
    }

    /** The hash of the word {@link #word} last returned: its string's {@link String#hashCode()}. */
    int hash() {
        return lastHash;
    }

    /** The packed facts of the word {@link #word} last returned. */
    int info() {
        return lastInfo;
    }

    private void put(int slot, int hash, int info, String w) {
        keys[slot] = (long) hash << 32 | (info & 0xffffffffL);
        spellings[slot] = w.toCharArray();
        words[slot] = w;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void grow() {
        long[] oldKeys = keys;
        char[][] oldSpellings = spellings;
        String[] oldWords = words;
        keys = new long[oldKeys.length * 2];
        spellings = new char[oldKeys.length * 2][];
        words = new String[oldKeys.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = mix((int) (oldKeys[i] >>> 32)) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                spellings[slot] = oldSpellings[i];
                words[slot] = oldWords[i];
            }
        }
    }

    private void clear() {
        keys = new long[INITIAL];
        spellings = new char[INITIAL][];
        words = new String[INITIAL];
        size = 0;
    }
}
