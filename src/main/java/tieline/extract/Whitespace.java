package tieline.extract;

/** White space in extracted text: runs collapsed to single spaces without a regular expression (it runs per mention), blank stretches told. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(String s) {
        return collapse(s, 0, s.length());
    }

    /**
     * {@code collapse(s.substring(from, to))} without the copy of the stretch first. Most text
     * needs no change and is only read; a quote from a wrapped paragraph changes at each line
     * break, and is rewritten in a char array (copied out and back in bulk) rather than read
     * and appended character by character through the string's checks.
     */
    static String collapse(String s, int from, int to) {
        int first = firstChange(s, from, to);
        // substring of the whole string is the string itself
        return first == to ? s.substring(from, to) : rewrite(s, from, to, first);
    }

    /** Where {@code s[from, to)} first needs a change: white space after a space, or other than ' '; {@code to} if nowhere. */
    private static int firstChange(String s, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80) {
                space = false;
                continue;
            }
            boolean ws = isSpace(c);
            if (ws && (space || c != ' ')) {
                return i;
            }
            space = ws;
        }
        return to;
    }

    private static String rewrite(String s, int from, int to, int first) {
        char[] out = new char[to - from];
        s.getChars(from, to, out, 0);
        // out[0, n) needs no change; the text is compacted in place behind the reading position
        int n = first - from;
        // before the first change, white space can only be a single ' '
        boolean space = n > 0 && out[n - 1] == ' ';
        for (int i = n; i < out.length; i++) {
            char c = out[i];
            if (c > ' ' && c < 0x80 || !isSpace(c)) {
                out[n++] = c;
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        return new String(out, 0, n);
    }

    /** True when only white space lies in {@code s[from, to)} (as {@link String#isBlank()} of that stretch). */
    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Character.isWhitespace(c) || c == '\u00a0'}, answered by comparisons for the characters
     * below U+1680 (which quotes are made of: the curly quotes and accented letters of many cables
     * would otherwise each cost a look-up in the Unicode tables).
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return c < '\u1680' ? c == '\u00a0' : Character.isWhitespace(c);
    }
}
