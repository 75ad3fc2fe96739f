package tieline.extract;

import java.util.ArrayList;
import java.util.List;

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

    static List<Token> tokenize(String text) {
        WordCache words = WORDS.get();
        List<Token> tokens = new ArrayList<>(text.length() / 6 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            int segmentStart = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (d == '-' || d == '\'' || d == '\u2019' || d == '/' || d == '&'
                        || (d == '.' && i - segmentStart == 1 && Character.isLetter(text.charAt(i - 1))
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2))
                        || text.charAt(i + 2) == '.')))) {
                    i++;
                    segmentStart = i;
                } else {
                    break;
                }
            }
            int end = i;
            boolean possessive = false;
            if (end - start > 2) {
                char q = text.charAt(end - 2);
                char s = text.charAt(end - 1);
                if ((q == '\'' || q == '\u2019') && (s == 's' || s == 'S')) {
                    end -= 2;
                    possessive = true;
                }
            }
            if (!possessive && end - start > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) {
                end--;
            }
            int hash = 0;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + text.charAt(k);
            }
            String word = words.word(text, start, end, hash);
            tokens.add(new Token(tokens.size(), start, end, word, possessive, words.info()));
        }
        return tokens;
    }
}
