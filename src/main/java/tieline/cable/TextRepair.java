package tieline.cable;

import java.util.regex.Pattern;

/**
 * Undoes transcription damage in running text where the reading is unambiguous: quotes
 * retyped as {@code &...8} (or {@code &...⁸}) become {@code "..."}, {@code Turkey,s} becomes {@code Turkey's} and
 * {@code don,t} {@code don't}, a {@code )} standing alone between words (a retyped dash) becomes
 * {@code --}, and {@code <<Israel>>} loses its brackets. Anything less clear is left as written
 * (so {@code 1.4 (b,d)} and {@code J&P} stay).
 */
final class TextRepair {

    private static final Pattern DOUBLE_ANGLE = Pattern.compile("<<([^<>\\n]{1,60})>>");

    private TextRepair() {
    }

    /** The text with unambiguous transcription damage repaired. */
    static String repair(String text) {
        String s = AmpersandQuotes.repair(text);
        s = commaApostrophes(s);
        if (holdsSpacedClosingParenthesis(s)) {
            s = unpairedParenthesesAsDashes(s);
        }
        if (holdsDoubleAngle(s)) {
            s = DOUBLE_ANGLE.matcher(s).replaceAll("$1");
        }
        return s;
    }

    /**
     * True when {@code s} holds {@code " ) "}. A search for the bracket alone, then a look at its
     * neighbours, is quicker than a search for the three characters where string searches are not
     * compiled to machine instructions (the quick compiler of the command line).
     */
    private static boolean holdsSpacedClosingParenthesis(String s) {
        for (int at = s.indexOf(')'); at >= 0; at = s.indexOf(')', at + 1)) {
            if (at > 0 && at + 1 < s.length() && s.charAt(at - 1) == ' ' && s.charAt(at + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds {@code "<<"}; as {@link #holdsSpacedClosingParenthesis}. */
    private static boolean holdsDoubleAngle(String s) {
        for (int at = s.indexOf('<'); at >= 0 && at + 1 < s.length(); at = s.indexOf('<', at + 1)) {
            if (s.charAt(at + 1) == '<') {
                return true;
            }
        }
        return false;
    }

    /** {@code Turkey,s} -> {@code Turkey's} after a letter; {@code don,t} -> {@code don't} after an n. */
    private static String commaApostrophes(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = s.indexOf(','); at >= 0; at = s.indexOf(',', at + 1)) {
            if (at == 0 || at + 1 >= s.length()) {
                continue;
            }
            char before = s.charAt(at - 1);
            char letter = s.charAt(at + 1);
            boolean wordEnds = at + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(at + 2));
            boolean apostrophe = wordEnds && ((letter == 's' && Character.isLetter(before))
                    || (letter == 't' && before == 'n'));
            if (apostrophe) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, at).append('\'');
                copied = at + 1;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** {@code in Ankara ) the first in two years ) helped}: a spaced ")" that closes nothing is a dash. */
    private static String unpairedParenthesesAsDashes(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth > 0) {
                    depth--;
                } else if (i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    out.append("--");
                    continue;
                }
            } else if (c == '\n') {
                depth = 0;
            }
            out.append(c);
        }
        return out.toString();
    }
}
