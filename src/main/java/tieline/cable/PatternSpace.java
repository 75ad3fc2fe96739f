package tieline.cable;

/**
 * White space as a regular expression's {@code \s} means it (without the Unicode flag): space,
 * tab, line feed, vertical tab, form feed and return. The code that reads what a pattern used to
 * match asks this, so that it stops exactly where the pattern stopped.
 */
public final class PatternSpace {

    /** A run of such white space, as {@code \s+} (compiled once for every reader that splits on it). */
    public static final java.util.regex.Pattern RUN = java.util.regex.Pattern.compile("\\s+");

    private PatternSpace() {
    }

    /** The first position from {@code from} (before {@code to}) that is not such white space, or {@code to}. */
    static int skip(String s, int from, int to) {
        int i = from;
        while (i < to && is(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@code \s} matches {@code c}. */
    public static boolean is(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
