package tieline.extract;

import java.util.Arrays;

/**
 * The spellings one thread's tokenizer has met, each stored once with its shape, vocabulary
 * classes and relation cues: a repeated word costs a hash probe instead of a new string, a shape
 * scan and map look-ups. An open-addressing table keyed by the characters themselves, so a word
 * is looked up before any string is made. Emptied when it grows past {@link #LIMIT} spellings.
 *
 * <p>Every word of every cable passes through here, and most spellings are rare, so a look-up
 * mostly misses the processor's cache: each slot therefore holds, side by side, the hash and
 * packed facts and, for a word of up to seven Latin-1 letters (most words), the letters
 * themselves. Such a word is recognised from one cache line; only longer words are compared
 * against their stored characters.
 */
final class WordCache {

    /** Spellings kept before the table starts again (bounds the memory a long-lived thread holds). */
    static final int LIMIT = 1 << 18;
    private static final int INITIAL = 1 << 14;
    /** The short form of a word too long or too wide to pack: its characters are compared instead. */
    private static final long LONG_WORD = -1L;

    /**
     * Two longs per slot: the spelling's hash in the high half and its packed facts
     * ({@link Token#pack}) in the low half; then its {@link #shortForm}, or 0 for an empty slot.
     */
    private long[] table = new long[2 * INITIAL];
    /** The characters of the spellings whose short form is {@link #LONG_WORD}, by slot. */
    private char[][] longSpellings = new char[INITIAL][];
    private String[] words = new String[INITIAL];
    private int size;
    private int lastInfo;
    private int lastHash;

    /** The word's string for {@code text[start, end)}; its packed facts are then {@link #info()}. */
    String word(char[] text, int start, int end) {
        int hash = 0;
        long form = 0;
        boolean narrow = true;
        for (int k = start; k < end; k++) {
            char c = text[k];
            hash = 31 * hash + c;
            form = form << 8 | (c & 0xff);
            narrow &= c <= 0xff;
        }
        int len = end - start;
        // up to 7 Latin-1 characters, then the length in the low byte (never 0, never 0xff)
        form = narrow && len <= 7 ? form << 8 | len : LONG_WORD;
        lastHash = hash;
        int mask = words.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            long stored = table[2 * slot + 1];
            if (stored == 0) {
                break;
            }
            long key = table[2 * slot];
            if ((int) (key >>> 32) == hash && stored == form && (form != LONG_WORD
                    || Arrays.equals(longSpellings[slot], 0, longSpellings[slot].length, text, start, end))) {
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
        int info = Token.factsOf(w);
        put(slot, hash, info, form, w);
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

    private void put(int slot, int hash, int info, long form, String w) {
        table[2 * slot] = (long) hash << 32 | (info & 0xffffffffL);
        table[2 * slot + 1] = form;
        longSpellings[slot] = form == LONG_WORD ? w.toCharArray() : null;
        words[slot] = w;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void grow() {
        long[] oldTable = table;
        char[][] oldLong = longSpellings;
        String[] oldWords = words;
        table = new long[oldTable.length * 2];
        longSpellings = new char[oldWords.length * 2][];
        words = new String[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = mix((int) (oldTable[2 * i] >>> 32)) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = oldTable[2 * i];
                table[2 * slot + 1] = oldTable[2 * i + 1];
                longSpellings[slot] = oldLong[i];
                words[slot] = oldWords[i];
            }
        }
    }

    private void clear() {
        table = new long[2 * INITIAL];
        longSpellings = new char[INITIAL][];
        words = new String[INITIAL];
        size = 0;
    }
}
