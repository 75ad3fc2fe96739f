package tieline.extract;

import java.util.Arrays;

/**
 * The spellings one thread's tokenizer has met, each stored once with its shape, vocabulary
 * classes and relation cues: a repeated word costs a hash probe instead of a new string, a shape
 * scan and map look-ups. Keyed by the characters themselves, so a word is looked up before any
 * string is made. Emptied when it grows past {@link #LIMIT} spellings.
 *
 * <p>Every word of every cable passes through here, so the layout is chosen for the processor's
 * cache. Spellings are numbered in the order they are met; the hash index holds only that number
 * (with a few hash bits, so most probe collisions are settled in the index), and each spelling's
 * hash, packed facts and, for a word of up to fifteen Latin-1 letters (nearly every word), its
 * letters sit side by side under its number. Frequent words are met first, so their entries and
 * strings share a few cache lines at the start of the arrays; a word is recognised without
 * visiting its string, and only longer words are compared against their stored characters.
 */
final class WordCache {

    /** Spellings kept before the table starts again (bounds the memory a long-lived thread holds). */
    static final int LIMIT = 1 << 18;
    private static final int INITIAL = 1 << 12;
    /** Index slot: the spelling's number plus one in the low bits, a hash tag above them; 0 is empty. */
    private static final int ID_BITS = 19;
    private static final int ID_MASK = (1 << ID_BITS) - 1;
    private static final int TAG_MASK = ~ID_MASK;
    /** Longs per spelling: hash and facts, then the two halves of its {@link #packedForm}. */
    private static final int STRIDE = 3;
    /** The second half of the packed form of a word too long or too wide to pack. */
    private static final long LONG_WORD = -1L;

    private int[] index = new int[2 * INITIAL];
    /**
     * By spelling number, {@value #STRIDE} longs: the hash in the high half and the packed facts
     * ({@link Token#pack}) in the low half; the first eight letters, one byte each; the letters
     * after them with the length in the low byte, or {@link #LONG_WORD}.
     */
    private long[] entries = new long[STRIDE * INITIAL];
    /** The characters of the spellings too long or too wide to pack, by spelling number. */
    private char[][] longSpellings = new char[INITIAL][];
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
        return word(text, start, end, hash);
    }

    /**
     * As {@link #word(char[], int, int)} for a caller that worked out the word's hash (its
     * string's {@link String#hashCode()}) while it read the characters.
     */
    String word(char[] text, int start, int end, int hash) {
        long head = 0;
        long tail = 0;
        boolean narrow = true;
        int len = end - start;
        int split = start + Math.min(len, 8);
        for (int k = start; k < split; k++) {
            char c = text[k];
            head = head << 8 | (c & 0xff);
            narrow &= c <= 0xff;
        }
        for (int k = split; k < end; k++) {
            char c = text[k];
            tail = tail << 8 | (c & 0xff);
            narrow &= c <= 0xff;
        }
        // up to 15 Latin-1 characters: the length in the low byte (never 0, never 0xff)
        tail = narrow && len <= 15 ? tail << 8 | len : LONG_WORD;
        lastHash = hash;
        int mask = index.length - 1;
        int mixed = hash * 0x9E3779B9;
        int tag = mixed & TAG_MASK;
        int slot = slotOf(mixed) & mask;
        while (true) {
            int stored = index[slot];
            if (stored == 0) {
                break;
            }
            if ((stored & TAG_MASK) == tag) {
                int id = (stored & ID_MASK) - 1;
                int at = STRIDE * id;
                long key = entries[at];
                if ((int) (key >>> 32) == hash && entries[at + 1] == head && entries[at + 2] == tail
                        && (tail != LONG_WORD || Arrays.equals(longSpellings[id], 0, longSpellings[id].length, text, start, end))) {
                    lastInfo = (int) key;
                    return words[id];
                }
            }
            slot = (slot + 1) & mask;
        }
        if (size >= LIMIT) {
            clear();
            return word(text, start, end, hash);
        }
        String w = new String(text, start, len);
        int info = Token.factsOf(w);
        add(slot, hash, tag, info, head, tail, w);
        lastInfo = info;
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

    private void add(int slot, int hash, int tag, int info, long head, long tail, String w) {
        int id = size++;
        if (id == words.length) {
            int capacity = 2 * words.length;
            entries = Arrays.copyOf(entries, STRIDE * capacity);
            longSpellings = Arrays.copyOf(longSpellings, capacity);
            words = Arrays.copyOf(words, capacity);
        }
        int at = STRIDE * id;
        entries[at] = (long) hash << 32 | (info & 0xffffffffL);
        entries[at + 1] = head;
        entries[at + 2] = tail;
        longSpellings[id] = tail == LONG_WORD ? w.toCharArray() : null;
        words[id] = w;
        index[slot] = tag | (id + 1);
        // up to two thirds full: a corpus's spellings keep the index small enough to stay in the
        // processor's cache beside the rest of the first pass (half full doubled it, and measured slower)
        if (size * 3 > index.length * 2) {
            reindex(2 * index.length);
        }
    }

    /** The slot bits of a hash already multiplied by the golden ratio (its high bits are the tag). */
    private static int slotOf(int mixed) {
        return mixed ^ (mixed >>> 16);
    }

    private void reindex(int slots) {
        index = new int[slots];
        int mask = slots - 1;
        for (int id = 0; id < size; id++) {
            int mixed = (int) (entries[STRIDE * id] >>> 32) * 0x9E3779B9;
            int slot = slotOf(mixed) & mask;
            while (index[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            index[slot] = (mixed & TAG_MASK) | (id + 1);
        }
    }

    private void clear() {
        index = new int[2 * INITIAL];
        entries = new long[STRIDE * INITIAL];
        longSpellings = new char[INITIAL][];
        words = new String[INITIAL];
        size = 0;
    }
}
