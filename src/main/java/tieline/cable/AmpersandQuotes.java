package tieline.cable;

/**
 * Quotes retyped as {@code &...8} (or {@code &...⁸}), turned back into {@code "..."}: an
 * ampersand that follows no letter, number or ampersand and comes right before a letter, number,
 * {@code $}, bracket or quote opens the quote; the first 8 after it on the same line, with no
 * other ampersand between, at most {@link #QUOTE_MAX} characters on, right after a character
 * that is no white space, digit or ampersand and before no letter or number, closes it.
 *
 * <p>This is what the pattern
 * {@code (?<![\p{L}\p{N}&])&(?=[\p{L}\p{N}$("'])([^&\n]{1,300}?)(?<=[^\s\d&])[8⁸](?![\p{L}\p{N}])}
 * replaced, read by hand: the corpus holds thousands of such quotes, and the pattern's search,
 * which tries its look-behind at every character of a paragraph, was 2% of the parse.
 * Characters are counted as the pattern counts them, by code point.
 */
final class AmpersandQuotes {

    /** The most characters (code points) a quote holds. */
    private static final int QUOTE_MAX = 300;

    private AmpersandQuotes() {
    }

    /** The text with every retyped quote in double quotes; the text itself when it holds none. */
    static String repair(String s) {
        StringBuilder out = null;
        int copied = 0;
        int at = s.indexOf('&');
        while (at >= 0) {
            int close = closingEight(s, at);
            if (close < 0) {
                at = s.indexOf('&', at + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, at).append('"').append(s, at + 1, close).append('"');
            copied = close + 1;
            at = s.indexOf('&', copied);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Where the 8 that closes a quote opened by the ampersand at {@code at} is, or -1. */
    private static int closingEight(String s, int at) {
        int n = s.length();
        if (at > 0 && (isLetterOrNumber(s.charAt(at - 1)) || s.charAt(at - 1) == '&')) {
            return -1;
        }
        if (at + 1 >= n || !opensQuote(s.codePointAt(at + 1))) {
            return -1;
        }
        int q = at + 1 + Character.charCount(s.codePointAt(at + 1));
        for (int count = 1; q <= n; count++) {
            if (q < n && closesAt(s, q)) {
                return q;
            }
            if (count == QUOTE_MAX || q >= n) {
                return -1;
            }
            int c = s.codePointAt(q);
            if (c == '&' || c == '\n') {
                return -1;
            }
            q += Character.charCount(c);
        }
        return -1;
    }

    /** True when the quote's text opens with this character. */
    private static boolean opensQuote(int c) {
        return isLetterOrNumber(c) || c == '$' || c == '(' || c == '"' || c == '\'';
    }

    /** True when an 8 at {@code q} closes a quote: after a word's character, before no letter or number. */
    private static boolean closesAt(String s, int q) {
        char eight = s.charAt(q);
        if (eight != '8' && eight != '⁸') {
            return false;
        }
        char before = s.charAt(q - 1);
        if (PatternSpace.is(before) || (before >= '0' && before <= '9') || before == '&') {
            return false;
        }
        return q + 1 >= s.length() || !isLetterOrNumber(s.codePointAt(q + 1));
    }

    /** A pattern's {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
