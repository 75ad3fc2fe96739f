package tieline.cable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which paragraphs are the summary and which the post's comment. A paragraph that opens
 * with "Summary" or "Comment" (also "Begin summary", "Embassy comment") is one, and so are the
 * paragraphs after it up to the one that says "End summary" / "End comment" when such a mark
 * follows. Under a SUMMARY heading the same holds; under a COMMENT heading every paragraph up to
 * the next heading is comment. Everything else is body.
 */
final class ParagraphKinds {

    private static final Pattern SUMMARY_START = Pattern.compile(
            "(?:BEGIN\\s+|EMBASSY\\s+|INTRODUCTION\\s+AND\\s+)?SUMMARY\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_START = Pattern.compile(
            "(?:BEGIN\\s+|EMBASSY\\s+|POST\\s+|MISSION\\s+|CONSULATE\\s+|EMBOFFS?\\s+)?COMMENTS?\\b",
            Pattern.CASE_INSENSITIVE);

    private ParagraphKinds() {
    }

    /**
     * @param texts    paragraph texts in order
     * @param headings {@code headings.get(k)} is the heading just before paragraph k, or null;
     *                 one entry more than texts
     */
    static List<ParagraphKind> assign(List<String> texts, List<String> headings) {
        int n = texts.size();
        ParagraphKind[] kinds = new ParagraphKind[n];
        Arrays.fill(kinds, ParagraphKind.BODY);
        EndMarks summaryEnds = new EndMarks(texts, "SUMMARY");
        EndMarks commentEnds = new EndMarks(texts, "COMMENT");
        for (int k = 0; k < n; k++) {
            String heading = headings.get(k);
            if (heading != null && opensAs(heading.strip()) == ParagraphKind.COMMENT) {
                for (int j = k; j < n && (j == k || headings.get(j) == null); j++) {
                    kinds[j] = ParagraphKind.COMMENT;
                }
            } else if (heading != null && opensAs(heading.strip()) == ParagraphKind.SUMMARY) {
                markRegion(kinds, headings, k, ParagraphKind.SUMMARY, summaryEnds);
            }
        }
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            ParagraphKind opens = opensAs(text);
            if (opens == ParagraphKind.SUMMARY) {
                markRegion(kinds, headings, k, opens, summaryEnds);
            } else if (opens == ParagraphKind.COMMENT) {
                markRegion(kinds, headings, k, opens, commentEnds);
            }
        }
        return new ArrayList<>(Arrays.asList(kinds));
    }

    /** Marks paragraph k, and the ones after it up to an end mark if one comes before the next heading. */
    private static void markRegion(ParagraphKind[] kinds, List<String> headings, int k, ParagraphKind kind,
                                   EndMarks ends) {
        kinds[k] = kind;
        if (ends.at(k)) {
            return;
        }
        for (int j = k + 1; j < kinds.length && headings.get(j) == null; j++) {
            if (ends.at(j)) {
                for (int m = k + 1; m <= j; m++) {
                    kinds[m] = kind;
                }
                return;
            }
        }
    }

    /**
     * True when the text says "End summary" / "End of comment" (any case; "End comments" too).
     * A scan rather than a case-insensitive pattern: this runs on every paragraph.
     */
    static boolean hasEndMark(String text, String word) {
        int n = text.length();
        for (int i = 0; i + 4 < n; i++) {
            char c = text.charAt(i);
            if ((c != 'E' && c != 'e') || (text.charAt(i + 1) | 0x20) != 'n' || (text.charAt(i + 2) | 0x20) != 'd'
                    || !Character.isWhitespace(text.charAt(i + 3)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                continue;
            }
            int j = skipSpaces(text, i + 3);
            if (text.regionMatches(true, j, "OF", 0, 2) && skipSpaces(text, j + 2) > j + 2) {
                j = skipSpaces(text, j + 2);
            }
            if (text.regionMatches(true, j, word, 0, word.length())) {
                int after = j + word.length();
                if (after < n && (text.charAt(after) == 's' || text.charAt(after) == 'S')) {
                    after++;
                }
                if (after >= n || !Character.isLetter(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Whether each paragraph holds an end mark, worked out only for the paragraphs asked about. */
    private static final class EndMarks {
        private final List<String> texts;
        private final String word;
        private final Boolean[] known;

        EndMarks(List<String> texts, String word) {
            this.texts = texts;
            this.word = word;
            this.known = new Boolean[texts.size()];
        }

        boolean at(int k) {
            if (known[k] == null) {
                known[k] = hasEndMark(texts.get(k), word);
            }
            return known[k];
        }
    }

    /** True when a heading opens a summary or a comment. */
    static boolean namesSummaryOrComment(String heading) {
        return opensAs(heading.strip()) != null;
    }

    /**
     * The words {@link #SUMMARY_START} and {@link #COMMENT_START} can open with: a test before
     * the patterns, which run on every paragraph. {@code regionMatches} ignores case at least as
     * widely as the patterns do.
     */
    private static final String[] KIND_WORDS = {"SUMMARY", "COMMENT", "BEGIN", "EMBASSY", "INTRODUCTION", "POST",
        "MISSION", "CONSULATE", "EMBOFF"};

    private static boolean opensWithKindWord(String text) {
        for (String word : KIND_WORDS) {
            if (text.regionMatches(true, 0, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** SUMMARY or COMMENT when the text opens as one, else null. */
    private static ParagraphKind opensAs(String text) {
        char first = text.isEmpty() ? ' ' : Character.toUpperCase(text.charAt(0));
        if ("SBEICPM".indexOf(first) < 0 || !opensWithKindWord(text)) {
            return null;
        }
        if (SUMMARY_START.matcher(text).lookingAt()) {
            return ParagraphKind.SUMMARY;
        }
        if (COMMENT_START.matcher(text).lookingAt()) {
            return ParagraphKind.COMMENT;
        }
        return null;
    }
}
