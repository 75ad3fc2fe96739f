package tieline.cable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes transcription damage in running text where the reading is unambiguous: quotes
 * retyped as {@code &...8} (or {@code &...⁸}) become {@code "..."}, {@code Turkey,s} becomes {@code Turkey's} and
 * {@code don,t} {@code don't}, a {@code )} standing alone between words (a retyped dash) becomes
 * {@code --}, and {@code <<Israel>>} loses its brackets. Anything less clear is left as written
 * (so {@code 1.4 (b,d)} and {@code J&P} stay).
 */
final class TextRepair {

    /** {@code &high8}: an ampersand opening a word and an 8 closing a word, on one line. */
    private static final Pattern AMPERSAND_QUOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}&])&(?=[\\p{L}\\p{N}$(\"'])([^&\\n]{1,300}?)(?<=[^\\s\\d&])[8⁸](?![\\p{L}\\p{N}])");
    /** The most characters a quote of {@link #AMPERSAND_QUOTE} holds. */
    private static final int QUOTE_MAX = 300;
    private static final Pattern DOUBLE_ANGLE = Pattern.compile("<<([^<>\\n]{1,60})>>");

    private TextRepair() {
    }

    /** The text with unambiguous transcription damage repaired. */
    static String repair(String text) {
        String s = text;
        if (mayHoldAmpersandQuote(s)) {
            s = AMPERSAND_QUOTE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\""));
        }
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

    /**
     * An ampersand right before a letter, digit or quote, not after one, and an 8 that may close
     * it ({@link #mayBeClosed}). Most texts that hold both an ampersand and an 8 hold them apart
     * ({@code R&D ... 2008}), and this test spares them the pattern.
     */
    static boolean mayHoldAmpersandQuote(String s) {
        if (s.indexOf('8') < 0 && s.indexOf('⁸') < 0) {
            return false;
        }
        for (int at = s.indexOf('&'); at >= 0; at = s.indexOf('&', at + 1)) {
            boolean opens = at + 1 < s.length() && !Character.isWhitespace(s.charAt(at + 1));
            boolean free = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
            if (opens && free && mayBeClosed(s, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an 8 follows the ampersand at {@code at} as {@link #AMPERSAND_QUOTE} needs it: on
     * the same line, with no other ampersand between, at most {@link #QUOTE_MAX} characters
     * after the first quoted one, and after a character that is no white space, digit or ampersand.
     */
    private static boolean mayBeClosed(String s, int at) {
        int last = Math.min(s.length() - 1, at + 1 + QUOTE_MAX);
        for (int i = at + 2; i <= last; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '\n') {
                return false;
            }
            if (c == '8' || c == '⁸') {
                char before = s.charAt(i - 1);
                if (!PatternSpace.is(before) && !(before >= '0' && before <= '9') && before != '&') {
                    return true;
                }
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
