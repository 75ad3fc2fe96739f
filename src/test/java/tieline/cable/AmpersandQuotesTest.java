package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Retyped quotes are repaired exactly as the pattern they were first repaired with (kept here as the rule). */
class AmpersandQuotesTest {

    private static final Pattern QUOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}&])&(?=[\\p{L}\\p{N}$(\"'])([^&\\n]{1,300}?)(?<=[^\\s\\d&])[8⁸](?![\\p{L}\\p{N}])");
    private static final String ALPHABET = "&&&888⁸  aZ1²,.\n\t$(\"'é\uD83D\uDE00\uD83D";

    private static String byPattern(String text) {
        return QUOTE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\""));
    }

    @Test
    void examples() {
        assertEquals("he said \"no,\" twice", AmpersandQuotes.repair("he said &no,8 twice"));
        assertEquals("R&D in 2008", AmpersandQuotes.repair("R&D in 2008"));
        assertEquals("&first\nsecond8", AmpersandQuotes.repair("&first\nsecond8"));
    }

    @Test
    void agreesWithThePatternOnRandomTexts() {
        RandomText random = new RandomText(11);
        int changed = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = random.ofChars(ALPHABET, 30);
            String expected = byPattern(text);
            if (!expected.equals(text)) {
                changed++;
            }
            assertEquals(expected, AmpersandQuotes.repair(text), text);
        }
        assertTrue(changed > 1000, "random texts hold quotes");
    }

    /** The longest quote is counted in characters as the pattern counts them, a surrogate pair as one. */
    @Test
    void agreesOnTheLongestQuotes() {
        for (String unit : new String[] {"a", "\uD83D\uDE00"}) {
            for (int length = 297; length <= 302; length++) {
                String text = "&" + "b" + unit.repeat(length - 2) + "c8 x";
                assertEquals(byPattern(text), AmpersandQuotes.repair(text), unit + " " + length);
            }
        }
    }
}
