package tieline.extract;

/** Collapses runs of white space to single spaces without a regular expression (it runs per mention). */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(String s) {
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
