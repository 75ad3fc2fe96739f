package tieline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraph text into sentences. A full stop after a title or other abbreviation
 * ({@code Mr.}, {@code Gen.}, {@code Amb.}, {@code No. 5}), after a middle initial, or after
 * {@code U.S.} followed by a word that does not open sentences does not end a sentence; a line
 * break always does (letters quoted in cables keep one sentence or greeting per line).
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Amb",
            "Sen", "Rep", "Gov", "St", "Capt", "Maj", "Adm", "Cmdr", "Sgt", "Prof", "Rev", "Jr", "Sr", "Inc",
            "Ltd", "Corp", "Co", "Vol", "Art", "vs", "Dept", "Govt", "Ret", "Pres", "Dir", "Sec", "Messrs",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx",
            "e.g", "i.e", "cf", "al", "Mt", "Ft", "Gens", "Brig", "Lt.Col", "Esq", "Hon", "Fr", "Msgr",
            "MR", "MRS", "MS", "DR", "GEN", "LT", "COL", "AMB", "SEN", "REP", "GOV", "CAPT", "MAJ", "ADM",
            "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "PROF");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    /** The longest dotted word ("U.S", "U.N.S") read as an abbreviation when a sentence opener follows. */
    private static final int LONGEST_DOTTED = 5;

    /** Words that open sentences: after "U.S." they show the full stop also ends the sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "He", "She", "It", "They", "We", "This",
            "That", "These", "Those", "In", "On", "At", "As", "But", "And", "However", "Although", "While",
            "When", "If", "There", "His", "Her", "Their", "Our", "A", "An", "I", "Post", "Embassy");

    private SentenceSplitter() {
    }

    /** Sentence spans {start, end} over the text, whitespace trimmed, empty ones dropped. */
    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        BreakCursor breaks = new BreakCursor(text);
        for (int i = breaks.next(0); i < n; i = breaks.next(i + 1)) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028') {
                add(spans, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == ')'
                        || text.charAt(j) == '\'' || text.charAt(j) == '\u2019' || text.charAt(j) == '8')) {
                    if (text.charAt(j) == '8' && (j + 1 < n && !Character.isWhitespace(text.charAt(j + 1)))) {
                        break;
                    }
                    j++;
                }
                if (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t' && text.charAt(j) != '\n') {
                    continue;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                if (k >= n) {
                    continue;
                }
                char next = text.charAt(k);
                boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
                        || next == '\u201C' || next == '(' || next == '&' || next == '\n';
                if (!opener || (c == '.' && !endsSentence(text, i, k))) {
                    continue;
                }
                add(spans, text, start, j);
                start = j;
            }
        }
        add(spans, text, start, n);
        return spans;
    }

    /**
     * The positions of the characters that may end a sentence (line breaks, {@code . ! ?}), in order.
     * Only those characters matter, and they are rare: one {@link String#indexOf(int, int)} per kind,
     * kept until passed, skips the text between them in bulk instead of reading every character
     * (the splitter reads the whole corpus, about 12 million characters a pass).
     */
    private static final class BreakCursor {

        private static final char[] BREAKS = {'\n', '\u2028', '.', '!', '?'};

        private final String text;
        /** For each kind of break, the position of its next occurrence (the text length when none; -1 before the first look). */
        private final int[] nextOf = new int[BREAKS.length];

        BreakCursor(String text) {
            this.text = text;
            java.util.Arrays.fill(nextOf, -1);
        }

        /** The position of the first break at or after {@code i}, or the text length. */
        int next(int i) {
            int best = text.length();
            for (int k = 0; k < BREAKS.length; k++) {
                if (nextOf[k] < i) {
                    int at = text.indexOf(BREAKS[k], i);
                    nextOf[k] = at < 0 ? text.length() : at;
                }
                best = Math.min(best, nextOf[k]);
            }
            return best;
        }
    }

    private static boolean endsSentence(String text, int dot, int next) {
        int w = dot;
        while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        int length = dot - w;
        if (length == 0) {
            return true;
        }
        if (length == 1 && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        if (length > LONGEST_ABBREVIATION && length > LONGEST_DOTTED) {
            // most sentences end on a long word: no abbreviation, no "No." and no "U.S."
            return true;
        }
        String word = text.substring(w, dot);
        if (word.equals("No") || word.equals("no") || word.equals("NO")) {
            return !Character.isDigit(text.charAt(next));
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (word.indexOf('.') > 0 && word.length() <= LONGEST_DOTTED) {
            int e = next;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return SENTENCE_OPENERS.contains(text.substring(next, e));
        }
        return true;
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
