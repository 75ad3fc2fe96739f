package tieline.extract;

import java.time.LocalDate;
import java.util.List;
import tieline.cable.Paragraph;

/**
 * A paragraph prepared for extraction: its words, sentences and dates.
 *
 * @param paragraph  the paragraph's true number
 * @param text       the paragraph text (mention spans are offsets into it)
 * @param tokens     its words
 * @param sentences  sentence spans {start, end}
 * @param sentenceOf for each token, the index of its sentence
 * @param caps       true when the paragraph is written in capitals (old cables): capitalisation says nothing
 * @param dates      the dates written in it, resolved against the cable date
 * @param source     the parsed paragraph
 */
record ParagraphText(int paragraph, String text, Tokens tokens, List<int[]> sentences, int[] sentenceOf,
                     boolean caps, List<TextDate> dates, Paragraph source) {

    static ParagraphText of(Paragraph p, LocalDate cableDate) {
        String text = p.text();
        Tokens tokens = Tokenizer.tokenize(text);
        List<int[]> sentences = SentenceSplitter.split(text);
        int[] sentenceOf = sentenceIndex(tokens, sentences);
        boolean caps = isCaps(text);
        return new ParagraphText(p.number(), text, tokens, sentences, sentenceOf, caps,
                DateFinder.find(text, tokens, cableDate, caps), p);
    }

    private static int[] sentenceIndex(Tokens tokens, List<int[]> sentences) {
        int[] sentenceOf = new int[tokens.size()];
        int last = sentences.size() - 1;
        int s = 0;
        // the end of sentence s, or "never" for the last one (whose words include any after its end)
        int end = s < last ? sentences.get(s)[1] : Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            while (tokens.start(i) >= end) {
                s++;
                end = s < last ? sentences.get(s)[1] : Integer.MAX_VALUE;
            }
            sentenceOf[i] = s;
        }
        return sentenceOf;
    }

    /** Capitals when fewer than one letter in twenty is lower case. */
    static boolean isCaps(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
                if (lower >= 20 && lower * 20 >= upper + lower) {
                    return false;
                }
            }
        }
        return upper > 0 && lower * 20 < upper + lower;
    }
}
