package tieline.cable;

/**
 * White space as a regular expression's {@code \s} means it (without the Unicode flag): space,
 * tab, line feed, vertical tab, form feed and return. The code that reads what a pattern used to
 * match asks this, so that it stops exactly where the pattern stopped.
 */
final class PatternSpace {

    private PatternSpace() {
    }

    /** True when {@code \s} matches {@code c}. */
    static boolean is(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
