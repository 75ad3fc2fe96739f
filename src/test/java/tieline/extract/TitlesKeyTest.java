package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TitlesKeyTest {

    @Test
    void theSameOfficeWordedTwoWaysHasOneKey() {
        assertEquals(Titles.key("Defense Minister"), Titles.key("Minister of Defence"));
        assertEquals("chair committee", Titles.key("Chairwoman of the Committee"));
    }

    @Test
    void keysAsTheRegularExpressionAndSortedSetDid() {
        String[] pieces = {"Minister", "of", "the", "Foreign", "Affairs", "Defence", "defense", "-", " ", "  ", "\t",
                "\n", "\u00a0", "Chairman", "chairperson", "Acting", "Vice", "\u0130", "Deputy", "Z", "a"};
        Random random = new Random(20261123L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String title = sb.toString();
            assertEquals(byRegularExpression(title), Titles.key(title), title);
        }
    }

    /** The key as it was first written. */
    private static String byRegularExpression(String title) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            switch (w) {
                case "of", "the", "for", "affairs", "and", "republic", "former", "then", "acting" -> {
                }
                case "defence" -> words.add("defense");
                case "chairman", "chairwoman", "chairperson" -> words.add("chair");
                default -> words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
