package tieline.extract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The words of one paragraph, stored column by column (spans, spellings and packed facts in
 * arrays) instead of one object per word: every rule walks every word of the corpus several
 * times, and a walk over a few arrays costs a fraction of a walk over millions of small objects.
 * The hot walks read the columns by index ({@link #start(int)}, {@link #is(int, int)} ...);
 * {@link #get(int)} still gives a {@link Token} view for the rules that read one word at a time.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {

    /** The bit of the packed facts that says a possessive {@code 's} was cut off (free in the shape byte). */
    static final int POSSESSIVE = 1 << 7;

    private int size;
    private int[] starts;
    private int[] ends;
    private int[] infos;
    private int[] hashes;
    private String[] texts;

    Tokens(int capacity) {
        int c = Math.max(4, capacity);
        starts = new int[c];
        ends = new int[c];
        infos = new int[c];
        hashes = new int[c];
        texts = new String[c];
    }

    /**
     * Appends a word; {@code hash} is its string's {@link String#hashCode()} (the tokenizer knows
     * it) and {@code info} is packed by {@link Token#pack}.
     */
    void add(int start, int end, String text, int hash, boolean possessive, int info) {
        if (size == starts.length) {
            int c = size * 2;
            starts = Arrays.copyOf(starts, c);
            ends = Arrays.copyOf(ends, c);
            infos = Arrays.copyOf(infos, c);
            hashes = Arrays.copyOf(hashes, c);
            texts = Arrays.copyOf(texts, c);
        }
        starts[size] = start;
        ends[size] = end;
        infos[size] = possessive ? info | POSSESSIVE : info & ~POSSESSIVE;
        hashes[size] = hash;
        texts[size] = text;
        size++;
    }

    /** The index of the first word starting at or after this offset, or the word count. */
    int firstStartingFrom(int offset) {
        return firstAbove(starts, offset - 1);
    }

    /** The index of the first word ending after this offset, or the word count. */
    int firstEndingAfter(int offset) {
        return firstAbove(ends, offset);
    }

    /** Binary search over the first {@link #size} values, which rise with the word index. */
    private int firstAbove(int[] values, int value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int size() {
        return size;
    }

    /** A view of word {@code i}. */
    @Override
    public Token get(int i) {
        java.util.Objects.checkIndex(i, size);
        return new Token(i, starts[i], ends[i], texts[i], (infos[i] & POSSESSIVE) != 0, infos[i]);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return texts[i];
    }

    /** The {@link String#hashCode()} of word {@code i}, kept so a look-up filter need not visit the string. */
    int hash(int i) {
        return hashes[i];
    }

    boolean possessive(int i) {
        return (infos[i] & POSSESSIVE) != 0;
    }

    /** True when word {@code i} belongs to a class of {@link CableVocabulary} (one of its bit constants). */
    boolean is(int i, int vocabularyClass) {
        return Token.is(infos[i], vocabularyClass);
    }

    boolean capitalised(int i) {
        return Token.capitalised(infos[i]);
    }

    boolean lowerCase(int i) {
        return Token.lowerCase(infos[i]);
    }

    boolean redacted(int i) {
        return Token.redacted(infos[i]);
    }

    boolean isNumber(int i) {
        return Token.isNumber(infos[i]);
    }

    boolean initial(int i) {
        return Token.initial(infos[i]);
    }

    boolean acronymLike(int i) {
        return Token.acronymLike(infos[i]);
    }

    /** The kinds of relation cue word {@code i} is ({@link RelationCues} bits). */
    int cues(int i) {
        return infos[i] >>> 24;
    }
}
