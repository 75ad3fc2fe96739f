package tieline.cable;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the transmission layout put into a cable's text without being part of it:
 * page-break lines ({@code BAKU 00000266 002 OF 002}, {@code PAGE 02 VATICA 01261 061419Z}),
 * section-break lines, {@code SIPDIS}, {@code * Missing Section 002 *} placeholders, rules of
 * dashes or stars, repeated page classification lines, end-of-message marks and the embassies'
 * "Visit our Classified Website" notices. Page breaks, SIPDIS and notices run into a line are cut
 * out of it.
 */
final class LayoutNoise {

    /** {@code BAKU 00000266 002 OF 002} or {@code RPO DUBAI 00000023 001.2 OF 002}, alone on a line. */
    static final Pattern PAGE_BREAK = Pattern.compile(
            "^\\s*[A-Z][A-Z .'-]*\\s+\\d{5,8}\\s+\\d{1,3}(?:\\.\\d+)?\\s+OF\\s+\\d{1,3}\\s*$");
    /** The same mark run into text, as in flattened cables. */
    private static final Pattern INLINE_PAGE_BREAK = Pattern.compile(
            "\\s*\\b[A-Z][A-Z .'-]{1,30}?\\s+\\d{8}\\s+\\d{3}(?:\\.\\d+)?\\s+OF\\s+\\d{3}\\b\\s*");
    /** Teletype page header of older cables: {@code PAGE 02 VATICA 01261 061419Z}. */
    private static final Pattern TELETYPE_PAGE = Pattern.compile(
            "^\\s*PAGE\\s+\\d{2}\\s+[A-Z][A-Z ]*\\s+\\d{4,6}\\s+(?:\\d{2}\\s+OF\\s+\\d{2}\\s+)?\\d{6}Z\\s*$");
    private static final Pattern SECTION_BREAK = Pattern.compile("^\\s*SECTION\\s+\\d+\\s+OF\\s+\\d+.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile(
            "^\\s*(?:SIPDIS|\\*\\s*Missing Section.*\\*|[-=_*]{2,}[-=_* ]*|[-=]+\\s*CABLE ENDS\\s*[-=]+|NNNN|BT|"
                    + "SENSITIVE|NOFORN|C\\s?O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L|S\\s?E\\s?C\\s?R\\s?E\\s?T|"
                    + "UNCLAS(?:SIFIED)?|END\\s+TEXT\\s+OF\\s+CABLE\\.?|-+\\s*header ends\\s*-+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Visit Embassy Manama's Classified Website: XXXX", "Please visit Paris' Classified Website at:
     * http://...", with the rules of stars around it, and the SIPRNET sentence that may follow.
     */
    private static final Pattern WEBSITE_NOTICE = Pattern.compile(
            "(?:\\*{3,}[\\s*]*)?(?:please\\s+)?(?:visit:?\\s+){0,2}(?:embassy\\s+|consulate\\s+|mission\\s+|our\\s+)?"
                    + "(?:(?-i:[A-Z])[\\w-]*(?:\\s+(?-i:[A-Z])[\\w-]*){0,2}\\s*['’]s?\\s+)?classified\\s+web\\s?site"
                    + "(?:\\s+at)?\\s*:?\\s*(?:\\(?https?:?//\\S+\\)?|X{4,})?(?:\\s*\\*{3,}[\\s*]*)?"
                    + "|you can also access this site through the state department['’]s classified siprnet website\\.?",
            Pattern.CASE_INSENSITIVE);
    /** {@code PAGE 03 HARARE 05461 01 OF 02 271458Z} run into text. */
    private static final Pattern INLINE_TELETYPE_PAGE = Pattern.compile(
            "\\s*\\bPAGE\\s+\\d{2}\\s+[A-Z][A-Z ]{1,20}?\\s+\\d{4,6}\\s+(?:\\d{2}\\s+OF\\s+\\d{2}\\s+)?\\d{6}Z\\b\\s*");
    /** {@code BEST SIPDIS INTERESTS}: the distribution mark set into running text. */
    private static final Pattern INLINE_SIPDIS = Pattern.compile("\\s*\\bSIPDIS\\b\\s*");
    private static final Pattern WEBSITE_LINE = Pattern.compile(
            "^\\s*(?:https?://\\S*sgov\\S*|You can also access this site through the|"
                    + "State Department's Classified SIPRNET website\\.?)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The layout lines of {@link #NOISE} that open with a letter are spelt with these characters only. */
    private static final String NOISE_WORDS = "SIPDIS SENSITIVE NOFORN CONFIDENTIAL SECRET UNCLASSIFIED NNNN BT "
            + "END TEXT OF CABLE.";
    /** Which characters below 128 {@link #NOISE_WORDS} holds, in either case, with white space. */
    private static final boolean[] NOISE_WORD_LETTERS = noiseWordLetters();
    /** The characters a layout line of {@link #NOISE} can start with. */
    private static final String NOISE_FIRST = "SsNnBbCcUuEe*-=_";
    private static final String[] CLASSIFIED = {"lassified", "LASSIFIED"};
    /** How far before and after its "Classified" a website notice may reach. */
    private static final int NOTICE_BEFORE = 80;
    private static final int NOTICE_AFTER = 200;
    /** A page mark: post (at most this long), eight digits, then page numbers within this much. */
    private static final int POST_MAX = 34;
    private static final int PAGE_DIGITS = 8;
    private static final int PAGE_TAIL = 20;
    /** The layout lines that are words ({@code C O N F I D E N T I A L}, {@code END TEXT OF CABLE}) are this short. */
    private static final int WORD_NOISE_MAX = 26;
    /** Layout lines are short; longer lines are text. */
    private static final int NOISE_MAX = 90;
    /** A teletype page header ends in a six-digit time and Z ({@code 061419Z}). */
    private static final int TELETYPE_DIGITS = 6;
    /** How the lines of {@link #WEBSITE_LINE} open. */
    private static final String[] WEBSITE_LINE_OPENINGS = {"http", "You can also access", "State Department"};

    private LayoutNoise() {
    }

    /** True when the whole line is layout, not text. */
    static boolean isNoiseLine(String line) {
        return isNoiseLine(line, 0, line.length());
    }

    /**
     * As {@link #isNoiseLine(String)} for the line held by {@code source} in {@code [from, to)}:
     * the patterns run on that region (as they would on the line alone), so a line of text need
     * not be copied for the question.
     */
    static boolean isNoiseLine(String source, int from, int to) {
        int start = firstNonSpace(source, from, to);
        if (start == to) {
            return false;
        }
        int length = to - start;
        char first = source.charAt(start);
        return isPageBreak(source, from, to)
                || (length >= 7 && source.regionMatches(true, start, "SECTION", 0, 7)
                        && SECTION_BREAK.matcher(source).region(from, to).matches())
                || (length <= (Character.isLetter(first) ? WORD_NOISE_MAX : NOISE_MAX)
                        && NOISE_FIRST.indexOf(first) >= 0
                        && (!Character.isLetter(first) || spellsOnlyNoiseWords(source, from, to))
                        && NOISE.matcher(source).region(from, to).matches())
                || (length <= NOISE_MAX && "hHyYsS".indexOf(first) >= 0 && mayBeWebsiteLine(source, start, to)
                        && WEBSITE_LINE.matcher(source).region(from, to).matches());
    }

    /**
     * False when a line that opens with a letter cannot be one of the layout words of
     * {@link #NOISE}: it holds a character none of them is spelt with (any case), white space
     * and a full stop aside. Short lines of text such as {@code SUBJECT: ...}, {@code Best regards}
     * or a name are turned away here, before the pattern with its many choices.
     */
    private static boolean spellsOnlyNoiseWords(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c >= NOISE_WORD_LETTERS.length || !NOISE_WORD_LETTERS[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] noiseWordLetters() {
        boolean[] letters = new boolean[128];
        for (char c : NOISE_WORDS.toCharArray()) {
            letters[c] = true;
            letters[Character.toLowerCase(c)] = true;
        }
        for (char c = 0; c < letters.length; c++) {
            letters[c] |= PatternSpace.is(c);
        }
        return letters;
    }

    /** How each line of {@link #WEBSITE_LINE} opens: a cheap test before the pattern. */
    private static boolean mayBeWebsiteLine(String source, int start, int to) {
        for (String opening : WEBSITE_LINE_OPENINGS) {
            if (to - start >= opening.length() && source.regionMatches(true, start, opening, 0, opening.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when the line is a page break ({@code BAKU 00000266 002 OF 002} or a teletype page header). */
    static boolean isPageBreak(String line) {
        return isPageBreak(line, 0, line.length());
    }

    private static boolean isPageBreak(String source, int from, int to) {
        if (to - from > NOISE_MAX || !mayBePageBreak(source, from, to)) {
            return false;
        }
        return (contains(source, from, to, " OF ") && PAGE_BREAK.matcher(source).region(from, to).matches())
                || (contains(source, from, to, "PAGE") && TELETYPE_PAGE.matcher(source).region(from, to).matches());
    }

    /**
     * Both kinds of page break open with a capital letter and close with a digit (the page count)
     * or a Z (the time), white space aside: a test of two characters before the patterns.
     */
    private static boolean mayBePageBreak(String source, int from, int to) {
        int first = PatternSpace.skip(source, from, to);
        int last = to - 1;
        while (last > first && PatternSpace.is(source.charAt(last))) {
            last--;
        }
        if (first >= to) {
            return false;
        }
        char open = source.charAt(first);
        char close = source.charAt(last);
        return open >= 'A' && open <= 'Z' && ((close >= '0' && close <= '9') || close == 'Z');
    }

    /** True when {@code word} occurs within {@code [from, to)} of {@code s}. */
    private static boolean contains(String s, int from, int to, String word) {
        char first = word.charAt(0);
        for (int i = from, last = to - word.length(); i <= last; i++) {
            if (s.charAt(i) == first && s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts {@code MANAMA 00001033 002 OF 002} out of a line. The pattern is tried only around
     * each run of eight digits, so long lines stay cheap.
     */
    private static String cutPageBreaks(String s) {
        StringBuilder out = null;
        int copied = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run != PAGE_DIGITS) {
                continue;
            }
            int from = Math.max(copied, i - PAGE_DIGITS - POST_MAX);
            Matcher m = INLINE_PAGE_BREAK.matcher(s).region(from, Math.min(s.length(), i + PAGE_TAIL));
            if (m.find()) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, m.start()).append(' ');
                copied = m.end();
                i = Math.max(i, m.end() - 1);
                run = 0;
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /**
     * Where "Classified Website", "Classified Web Site" or "Classified SIPRNET website" (any case)
     * first occurs from {@code from} on, or -1.
     */
    private static int classifiedWebsiteAt(String s, int from) {
        int first = -1;
        for (String word : CLASSIFIED) {
            int at = s.indexOf(word, from);
            while (at >= 0) {
                int next = at + word.length();
                while (next < s.length() && s.charAt(next) == ' ') {
                    next++;
                }
                if (s.regionMatches(true, next, "web", 0, 3) || s.regionMatches(true, next, "siprnet", 0, 7)) {
                    first = first < 0 ? at : Math.min(first, at);
                    break;
                }
                at = s.indexOf(word, at + 1);
            }
        }
        return first;
    }

    /** Cuts the website notices out, trying the pattern only near each mention. */
    private static String cutWebsiteNotices(String s, int firstMention) {
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        int mention = firstMention;
        while (mention >= 0) {
            int from = Math.max(copied, mention - NOTICE_BEFORE);
            Matcher m = WEBSITE_NOTICE.matcher(s).region(from, Math.min(s.length(), mention + NOTICE_AFTER));
            int next = mention + 1;
            if (m.find() && m.end() > m.start()) {
                out.append(s, copied, m.start()).append(' ');
                copied = m.end();
                next = Math.max(next, m.end());
            }
            mention = classifiedWebsiteAt(s, next);
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static int firstNonSpace(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** False when {@link #cutInline} certainly leaves the line as it is; see {@link #isMarkAt}. */
    static boolean mayCutInline(String line) {
        // chars above U+00FF become '?', which no mark holds
        byte[] chars = line.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < chars.length; i++) {
            if (mayOpenMark((char) (chars[i] & 0xFF)) && isMarkAt(chars, i, 0, chars.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for the characters {@link #isMarkAt} looks further at: {@code F}, {@code f},
     * {@code P}, {@code Z} and {@code *}, chosen because they are rare in text.
     */
    static boolean mayOpenMark(char c) {
        return c == 'F' || c == 'f' || c == 'P' || c == 'Z' || c == '*';
    }

    /**
     * True when something that {@link #cutInline} may cut out is seen at {@code i} of a line
     * that starts at {@code lineStart} in {@code chars} (a text's characters one byte each, those
     * above U+00FF as any byte that is no ASCII letter, digit, space or star), which end at
     * {@code length}. {@link #cutInline} cuts page marks only from a line that holds
     * {@code " OF "} (seen at its F), teletype page headers only where six digits and a Z are
     * (seen at the Z), website notices only where {@code lassified} or {@code LASSIFIED} is
     * (seen at the f or F), and {@code SIPDIS} and {@code *****} (seen at the P and the first
     * star). Cutting puts a space where a mark was, so no cut makes a new one of these out of
     * what is left: a line with none of them is left as it is. None of them holds a line break,
     * so one seen at {@code i} lies within the line even where {@code chars} go on past its end.
     */
    static boolean isMarkAt(byte[] chars, int i, int lineStart, int length) {
        return switch (chars[i]) {
            case 'F' -> (i - 2 >= lineStart && holds(chars, i - 2, length, " OF "))
                    || (i - 5 >= lineStart && holds(chars, i - 5, length, "LASSIFIED"));
            case 'f' -> i - 5 >= lineStart && holds(chars, i - 5, length, "lassified");
            case 'P' -> i - 2 >= lineStart && holds(chars, i - 2, length, "SIPDIS");
            case 'Z' -> digitsBefore(chars, i, lineStart) >= TELETYPE_DIGITS;
            case '*' -> holds(chars, i, length, "*****");
            default -> false;
        };
    }

    /** How many digits come right before {@code i}, back to {@code lineStart} at most. */
    private static int digitsBefore(byte[] chars, int i, int lineStart) {
        int k = i;
        while (k > lineStart && isDigit(chars[k - 1])) {
            k--;
        }
        return i - k;
    }

    /** True when {@code chars} hold the ASCII {@code word} at {@code at}, before {@code length}. */
    private static boolean holds(byte[] chars, int at, int length, String word) {
        if (at + word.length() > length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (chars[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The line with page-break marks and website notices run into it cut out. */
    static String cutInline(String line) {
        String s = line;
        if (s.indexOf(" OF ") >= 0) {
            s = cutPageBreaks(s);
        }
        int website = classifiedWebsiteAt(s, 0);
        if (website >= 0) {
            s = cutWebsiteNotices(s, website);
        }
        if (s.indexOf("PAGE ") >= 0) {
            s = INLINE_TELETYPE_PAGE.matcher(s).replaceAll(" ");
        }
        if (s.indexOf("SIPDIS") >= 0) {
            s = INLINE_SIPDIS.matcher(s).replaceAll(" ");
        }
        if (s.indexOf("*****") >= 0) {
            s = s.replaceAll("\\*{5,}[\\s*]*", " ");
        }
        return s == line ? line : s.strip();
    }
}
