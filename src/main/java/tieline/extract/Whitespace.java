package tieline.extract;

/** Collapses runs of white space to single spaces without a regular expression (it runs per mention). */
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
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
            if (ws && (space || c != ' ')) {
                return rewrite(s);
            }
            space = ws;
        }
        return s;
    }

    private static String rewrite(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
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
