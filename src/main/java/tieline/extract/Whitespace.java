package tieline.extract;

/** White space in extracted text: runs collapsed to single spaces without a regular expression (it runs per mention), blank stretches told. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(String s) {
        // most text needs no change: a quick look first, the full pass only when a change is due
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80) {
                space = false;
                continue;
            }
            boolean ws = isSpace(c);
            if (ws && (space || c != ' ')) {
                return rewrite(s);
            }
            space = ws;
        }
        return s;
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

    private static String rewrite(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = isSpace(c);
            if (ws && (space || c != ' ') && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (ws) {
                    if (!space) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c);
                }
            }
            space = ws;
        }
        return sb == null ? s : sb.toString();
    }
}
