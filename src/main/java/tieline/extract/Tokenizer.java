package tieline.extract;


/**
 * Splits paragraph text into words: runs of letters and digits, joined across inner hyphens,
 * apostrophes, slashes and ampersands ({@code Train-and-Equip}, {@code A/S}, {@code AT&T}) and
 * across dots between single letters ({@code U.S}). A trailing possessive {@code 's} is cut off.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Each thread's spellings, so a repeated word is neither copied nor classified again. */
    private static final ThreadLocal<WordCache> WORDS = ThreadLocal.withInitial(WordCache::new);

    /** Each thread's scratch copy of the paragraph being split (a word's string is copied out of it). */
    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[][] {new char[4096]});

    private static char[] buffer(int length) {
        char[][] holder = BUFFER.get();
        if (holder[0].length < length) {
            holder[0] = new char[Math.max(length, holder[0].length * 2)];
        }
        return holder[0];
    }

    /** For each ASCII character: true when it is a letter or digit. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static Tokens tokenize(String paragraph) {
        WordCache words = WORDS.get();
        int n = paragraph.length();
        char[] text = buffer(n);
        paragraph.getChars(0, n, text, 0);
        Tokens tokens = new Tokens(n / 6 + 4);
        int i = 0;
        while (i < n) {
            if (!letterOrDigit(text[i])) {
                i++;
                continue;
            }
            int start = i;
            int segmentStart = i;
            // the word's String.hashCode(), worked out while its characters are read anyway
            int hash = 0;
            while (i < n) {
                char d = text[i];
                if (wordChar(d)) {
                    hash = 31 * hash + d;
                    i++;
                } else if (i + 1 < n && letterOrDigit(text[i + 1])
                        && (d == '-' || d == '\'' || d == '\u2019' || d == '/' || d == '&'
                        || (d == '.' && i - segmentStart == 1 && Character.isLetter(text[i - 1])
                        && (i + 2 >= n || !letterOrDigit(text[i + 2]) || text[i + 2] == '.')))) {
                    hash = 31 * hash + d;
                    i++;
                    segmentStart = i;
                } else {
                    break;
                }
            }
            int end = i;
            boolean possessive = false;
            boolean cut = false;
            if (end - start > 2) {
                char q = text[end - 2];
                char s = text[end - 1];
                if ((q == '\'' || q == '\u2019') && (s == 's' || s == 'S')) {
                    end -= 2;
                    possessive = true;
                    cut = true;
                }
            }
            if (!possessive && end - start > 1 && (text[end - 1] == '\'' || text[end - 1] == '\u2019')) {
                end--;
                cut = true;
            }
            String word = cut ? words.word(text, start, end) : words.word(text, start, end, hash);
            tokens.add(start, end, word, words.hash(), possessive, words.info());
        }
        return tokens;
    }
}
