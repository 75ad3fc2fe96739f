package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationCuesListGapTest {

    @Test
    void aListOfNamesAndTitlesIsAGapButAVerbIsNot() {
        assertTrue(gap(", accompanied by Deputy Foreign Minister (DFM) "));
        assertTrue(gap(" and the former "));
        assertFalse(gap(" told "));
        assertFalse(gap(" (unclosed and said "));
    }

    @Test
    void readsTextAsTheRegularExpressionsDid() {
        String[] pieces = {"and", "the", "said", "Minister", "(", ")", " ", ",", ";", "\t", "\n", "\u000b", "\u00a0",
                "\u2003", "X", "x", "'s", "\u2019s", "&", "by", "\u00c9mile", "\u00e9t\u00e9", "with", ")(", "DFM"};
        Random random = new Random(20261123L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = "<" + sb + ">";
            assertEquals(byRegularExpressions(sb.toString()), RelationCues.listGap(text, 1, text.length() - 1), text);
        }
    }

    private static boolean gap(String s) {
        return RelationCues.listGap(s, 0, s.length());
    }

    /** The rule as it was first written, with regular expressions. */
    private static boolean byRegularExpressions(String gap) {
        Set<String> listWords = Set.of("and", "the", "former", "then", "&", "'s", "\u2019s", "accompanied", "by",
                "along", "with", "joined", "as", "well", "his", "her", "their");
        for (String w : gap.replaceAll("\\([^)]*\\)", " ").split("[\\s,;]+")) {
            if (!w.isEmpty() && !listWords.contains(w) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
