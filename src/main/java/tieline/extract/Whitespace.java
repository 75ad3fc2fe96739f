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
     * needs no change; a quote from a wrapped paragraph does, at each line break: the stretches
     * between changes are copied whole, not character by character.
     */
    static String collapse(String s, int from, int to) {
        StringBuilder sb = null;
        // s[from, copied) is in sb already, or needs no change while sb is null
        int copied = from;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80) {
                space = false;
                continue;
            }
            boolean ws = isSpace(c);
            if (ws && (space || c != ' ')) {
                // white space to drop (it follows a space) or to turn into one
                if (sb == null) {
                    sb = new StringBuilder(to - from);
                }
                sb.append(s, copied, i);
                if (!space) {
                    sb.append(' ');
                }
                copied = i + 1;
            }
            space = ws;
        }
        return sb == null ? s.substring(from, to) : sb.append(s, copied, to).toString();
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
