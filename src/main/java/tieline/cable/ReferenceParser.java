package tieline.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a REF field into references. Items are lettered in order ({@code A.},
 * {@code B)}, {@code (C)}, {@code D:}, {@code Ref E:}) or, unlettered, separated by semicolons.
 * An item that names a telegram ({@code BAKU 01226}, {@code 08 BAKU 997}, {@code 2003 Sao Paulo
 * 2199}, {@code SECSTATE 115541}) gets its canonical id; without a year the citing cable's year is
 * taken, or the year before when the serial cannot yet have been reached (same post with a higher
 * serial; a STATE serial too high for the date). Items that name no telegram (an e-mail, a
 * telecon, a report) keep their text and no id.
 */
final class ReferenceParser {

    private static final Pattern ITEM_START = Pattern.compile(
            "(?:^|(?<=[\\s;,.]))(?:REF\\s+)?¶?(?:\\(([A-Z])\\)|([A-Z])(?:[.)]|\\s?:))\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CABLE_REF = Pattern.compile(
            "^(?:(\\d{4}|\\d{2})\\s*)?([A-Z][A-Z'-]*(?:\\s+[A-Z][A-Z'-]*){0,3})\\s+0*(\\d{1,7})(?![\\d/.-]\\d)");
    private static final Pattern BARE_SERIAL = Pattern.compile("^0*\\d{1,7}(?:\\s*\\(NOTAL\\))?$");
    private static final Pattern ID_PARTS = Pattern.compile("^(\\d{2}\\D+)\\d+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,-]+$");
    private static final Pattern MONTH = Pattern.compile("(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*");
    /** Words that never make part of a post's name: what precedes them is not a telegram reference. */
    private static final Set<String> NOT_POST_WORDS = Set.of("OF", "AND", "FOR", "TO", "IN", "ON", "AT", "BY", "YOUR",
            "OUR", "MY", "DATED", "EMAIL", "E-MAIL", "FAX", "LETTER", "MEMO", "TELCON", "TELECON", "NOTE", "PARA",
            "PARAGRAPH", "SECTION", "PAGE", "CHAPTER", "ARTICLE", "RESOLUTION", "UNSCR", "DECREE", "LAW", "NO",
            "NUMBER", "FY", "REPORT", "DAILY", "CABLE", "TELEGRAM", "REFTEL", "PREVIOUS", "NOTAL", "AS", "IS", "THIS",
            "ALL", "PUBLIC", "ACT", "ORDER", "CODE", "TITLE", "ROOM", "SUITE", "BOX", "ANNEX", "ITEM", "STAT",
            "IIR");
    /**
     * STATE numbers at most about this many telegrams a day (400-750 in the corpus years); a serial
     * higher than a month's margin allows at the citing date is last year's.
     */
    private static final int STATE_SERIALS_PER_DAY = 1000;

    private ReferenceParser() {
    }

    static List<Reference> parse(String refText, int citingYear, String citingPost, int citingSerial,
                                 int citingDayOfYear) {
        List<Reference> refs = new ArrayList<>();
        String text = PatternSpace.RUN.matcher(refText).replaceAll(" ").trim();
        if (text.isEmpty()) {
            return refs;
        }
        List<int[]> starts = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        char expected = 'A';
        for (int[] label : itemLabels(text)) {
            char letter = (char) label[2];
            if (letter == expected) {
                starts.add(label);
                letters.add(String.valueOf(letter));
                expected++;
            } else if (!starts.isEmpty() && letter == expected - 1 && label[0] == starts.get(starts.size() - 1)[1]) {
                starts.get(starts.size() - 1)[1] = label[1];
            }
        }
        Context context = new Context(citingYear, citingPost, citingSerial, citingDayOfYear);
        if (starts.size() < 2) {
            int from = starts.isEmpty() ? 0 : starts.get(0)[1];
            String letter = starts.isEmpty() ? null : letters.get(0);
            for (String item : text.substring(from).split(";")) {
                addItem(refs, letter, item, context);
            }
            return refs;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            addItem(refs, letters.get(i), text.substring(starts.get(i)[1], end), context);
        }
        return refs;
    }

    /**
     * Every item label {@link #ITEM_START} finds in {@code text}, one search after the other: its
     * start, its end and its letter in upper case. The pattern is tried only where a label may
     * start ({@link #mayStartItem}), as a search would try it there: seeing the text before the
     * place (transparent bounds), with {@code ^} the start of the text (no anchoring bounds).
     */
    static List<int[]> itemLabels(String text) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = ITEM_START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int at = 0; at < n; at++) {
            if (!mayStartItem(text, at) || !m.region(at, n).lookingAt()) {
                continue;
            }
            String found = m.group(1) != null ? m.group(1) : m.group(2);
            labels.add(new int[]{m.start(), m.end(), Character.toUpperCase(found.charAt(0))});
            at = Math.max(at, m.end() - 1);
        }
        return labels;
    }

    /**
     * False where {@link #ITEM_START} certainly finds no item: not at the start of the text or
     * after white space or {@code ;,.}, or not at a letter, pilcrow or bracket.
     */
    private static boolean mayStartItem(String text, int at) {
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (!PatternSpace.is(before) && before != ';' && before != ',' && before != '.') {
                return false;
            }
        }
        char c = text.charAt(at);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '¶' || c == '(';
    }

    /** What the citing cable tells about references without a year. */
    private record Context(int year, String post, int serial, int dayOfYear) {
    }

    private static void addItem(List<Reference> refs, String letter, String item, Context context) {
        String cleaned = TRAILING_PUNCTUATION.matcher(item.trim()).replaceFirst("");
        if (cleaned.isEmpty()) {
            return;
        }
        String id = cableId(cleaned, context);
        if (id == null && BARE_SERIAL.matcher(cleaned).matches() && !refs.isEmpty()) {
            id = sameSeries(refs.get(refs.size() - 1), cleaned);
        }
        refs.add(new Reference(letter, cleaned, id));
    }

    /** {@code A. STATE 85614 B. 86108}: a bare number continues the previous item's post and year. */
    private static String sameSeries(Reference previous, String bareSerial) {
        if (previous.cableId() == null) {
            return null;
        }
        Matcher m = ID_PARTS.matcher(previous.cableId());
        return m.matches() ? m.group(1) + Integer.parseInt(bareSerial.replaceAll("\\D", "")) : null;
    }

    private static String cableId(String item, Context context) {
        Matcher m = CABLE_REF.matcher(item.toUpperCase(Locale.ROOT));
        // the pattern is anchored at the start: looking there alone finds what a search finds
        if (!m.lookingAt()) {
            return null;
        }
        String[] words = m.group(2).split(" ");
        for (String word : words) {
            if (NOT_POST_WORDS.contains(word)) {
                return null;
            }
        }
        if (MONTH.matcher(words[0]).matches()) {
            return null;
        }
        String post = String.join("", words).replace("'", "").replace("-", "");
        if (post.equals("SECSTATE")) {
            post = "STATE";
        }
        int serial = Integer.parseInt(m.group(3));
        int year;
        if (m.group(1) != null) {
            year = Integer.parseInt(m.group(1)) % 100;
        } else if (context.year() >= 0) {
            year = context.year();
            boolean samePostLater = post.equals(context.post()) && context.serial() > 0 && serial > context.serial();
            boolean stateTooHighForDate = post.equals("STATE")
                    && serial > (context.dayOfYear() + 30) * STATE_SERIALS_PER_DAY;
            if (samePostLater || stateTooHighForDate) {
                year = (year + 99) % 100;
            }
        } else {
            return null;
        }
        return (year < 10 ? "0" : "") + year + post + serial;
    }
}
