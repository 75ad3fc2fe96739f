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
            "^(?:BEGIN\\s+|EMBASSY\\s+|INTRODUCTION\\s+AND\\s+)?SUMMARY\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT_START = Pattern.compile(
            "^(?:BEGIN\\s+|EMBASSY\\s+|POST\\s+|MISSION\\s+|CONSULATE\\s+|EMBOFFS?\\s+)?COMMENTS?\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SUMMARY_END = Pattern.compile("\\bEND\\s+(?:OF\\s+)?SUMMARY\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_END = Pattern.compile("\\bEND\\s+(?:OF\\s+)?COMMENTS?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int OPENING = 60;

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
        for (int k = 0; k < n; k++) {
            String heading = headings.get(k);
            if (heading != null && opensAs(heading.strip()) == ParagraphKind.COMMENT) {
                for (int j = k; j < n && (j == k || headings.get(j) == null); j++) {
                    kinds[j] = ParagraphKind.COMMENT;
                }
            } else if (heading != null && opensAs(heading.strip()) == ParagraphKind.SUMMARY) {
                markRegion(kinds, texts, headings, k, ParagraphKind.SUMMARY, SUMMARY_END);
            }
        }
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            ParagraphKind opens = opensAs(text.length() > OPENING ? text.substring(0, OPENING) : text);
            if (opens == ParagraphKind.SUMMARY) {
                markRegion(kinds, texts, headings, k, opens, SUMMARY_END);
            } else if (opens == ParagraphKind.COMMENT) {
                markRegion(kinds, texts, headings, k, opens, COMMENT_END);
            }
        }
        return new ArrayList<>(Arrays.asList(kinds));
    }

    /** Marks paragraph k, and the ones after it up to an end mark if one comes before the next heading. */
    private static void markRegion(ParagraphKind[] kinds, List<String> texts, List<String> headings, int k,
                                   ParagraphKind kind, Pattern end) {
        kinds[k] = kind;
        if (end.matcher(texts.get(k)).find()) {
            return;
        }
        for (int j = k + 1; j < texts.size() && headings.get(j) == null; j++) {
            if (end.matcher(texts.get(j)).find()) {
                for (int m = k + 1; m <= j; m++) {
                    kinds[m] = kind;
                }
                return;
            }
        }
    }

    private static ParagraphKind opensAs(String opening) {
        if (SUMMARY_START.matcher(opening).matches()) {
            return ParagraphKind.SUMMARY;
        }
        if (COMMENT_START.matcher(opening).matches()) {
            return ParagraphKind.COMMENT;
        }
        return null;
    }
}
