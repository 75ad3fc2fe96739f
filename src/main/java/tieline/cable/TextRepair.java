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
    private static final Pattern COMMA_S = Pattern.compile("(?<=\\p{L}),s(?![\\p{L}\\p{N}])");
    private static final Pattern COMMA_T = Pattern.compile("(?<=n),t(?![\\p{L}\\p{N}])");
    private static final Pattern DOUBLE_ANGLE = Pattern.compile("<<([^<>\\n]{1,60})>>");

    private TextRepair() {
    }

    /** The text with unambiguous transcription damage repaired. */
    static String repair(String text) {
        String s = text;
        if (s.indexOf('&') >= 0 && (s.indexOf('8') >= 0 || s.indexOf('⁸') >= 0)) {
            s = AMPERSAND_QUOTE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\""));
        }
        if (s.indexOf(",s") >= 0) {
            s = COMMA_S.matcher(s).replaceAll("'s");
        }
        if (s.indexOf(",t") >= 0) {
            s = COMMA_T.matcher(s).replaceAll("'t");
        }
        if (s.indexOf(" ) ") >= 0) {
            s = unpairedParenthesesAsDashes(s);
        }
        if (s.indexOf("<<") >= 0) {
            s = DOUBLE_ANGLE.matcher(s).replaceAll("$1");
        }
        return s;
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
