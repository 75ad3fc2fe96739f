package tieline.extract;

/**
 * The spellings one thread's tokenizer has met, each stored once with its shape and vocabulary
 * classes: a repeated word costs a hash probe instead of a new string, a shape scan and a map
 * look-up. An open-addressing table keyed by the characters themselves, so a word is looked up
 * before any string is made. Emptied when it grows past {@link #LIMIT} spellings.
 */
final class WordCache {

    /** Spellings kept before the table starts again (bounds the memory a long-lived thread holds). */
    static final int LIMIT = 1 << 18;

    private String[] words = new String[1 << 14];
    private int[] hashes = new int[1 << 14];
    private int[] infos = new int[1 << 14];
    private int size;

    /** The word's string for {@code text[start, end)}, with its shape and classes packed by {@link #info}. */
    String word(String text, int start, int end, int hash) {
        int mask = words.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            String w = words[slot];
            if (w == null) {
                break;
            }
            if (hashes[slot] == hash && w.length() == end - start && w.regionMatches(0, text, start, end - start)) {
                lastInfo = infos[slot];
                return w;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= LIMIT) {
            clear();
            return word(text, start, end, hash);
        }
        String w = text.substring(start, end);
        int info = Token.pack(Token.shapeOf(w), CableVocabulary.classesOf(w));
        words[slot] = w;
        hashes[slot] = hash;
        infos[slot] = info;
        lastInfo = info;
        if (++size * 2 > words.length) {
            grow();
        }
        return w;
    }

    private int lastInfo;

    /** The packed shape and classes of the word {@link #word} last returned. */
    int info() {
        return lastInfo;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        int[] oldInfos = infos;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        infos = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                hashes[slot] = oldHashes[i];
                infos[slot] = oldInfos[i];
            }
        }
    }

    private void clear() {
        words = new String[1 << 14];
        hashes = new int[1 << 14];
        infos = new int[1 << 14];
        size = 0;
    }
}
