package tieline.extract;

import java.util.Collection;

/**
 * A quick "certainly not there" for a fixed set of words, asked before the set itself where
 * almost every word of the corpus is looked up and almost none is present. One bit per hash
 * bucket, 16 buckets per word: small enough to stay in the processor's cache, where a look-up
 * in the set itself usually misses it. A set bit means "maybe": the set still decides.
 */
final class WordFilter {

    private final long[] bits;
    private final int mask;

    WordFilter(Collection<String> words) {
        int buckets = Integer.highestOneBit(Math.max(1024, words.size() * 16 - 1)) << 1;
        this.bits = new long[buckets >>> 6];
        this.mask = buckets - 1;
        for (String w : words) {
            int b = bucket(w.hashCode());
            bits[b >>> 6] |= 1L << b;
        }
    }

    /**
     * False when the word whose {@link String#hashCode()} this is is certainly not in the set; true
     * when it may be. (The tokenizer knows every word's hash, so the string itself is not visited.)
     */
    boolean mayContainHash(int hash) {
        int b = bucket(hash);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    private int bucket(int hash) {
        int x = hash * 0x9E3779B9;
        return (x ^ x >>> 15) & mask;
    }
}
