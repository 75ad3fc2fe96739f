package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Transcription damage undone where unambiguous, and left alone where not. */
class TextRepairTest {

    @Test
    void ampersandEightQuotes() {
        assertEquals("the \"all Iraq all the time,\" issues", TextRepair.repair("the &all Iraq all the time,8 issues"));
        assertEquals("\"we are committed,\" Aliyev", TextRepair.repair("&we are committed,⁸ Aliyev"));
        assertEquals("a \"Returned without Action.\"", TextRepair.repair("a &Returned without Action.8"));
    }

    @Test
    void commaApostrophes() {
        assertEquals("Turkey's concerns and PM Erdogan's visit", TextRepair.repair("Turkey,s concerns and PM Erdogan,s visit"));
        assertEquals("we don't and can't", TextRepair.repair("we don,t and can,t"));
    }

    @Test
    void retypedDashesAndAngleBrackets() {
        assertEquals("in Ankara -- the first in two years -- helped", TextRepair.repair("in Ankara ) the first in two years ) helped"));
        assertEquals("On September 6, 2007, Israel destroyed", TextRepair.repair("On September 6, 2007, <<Israel>> destroyed"));
    }

    @Test
    void ambiguousTextIsLeftAlone() {
        String text = "reasons 1.4 (b,d); the J&P Law of May 18; AT&T; (a) and (b) stay; 8 & 9 are numbers";
        assertEquals(text, TextRepair.repair(text));
    }

    @Test
    void ampersandQuoteTestSparesTextsThatHoldNone() {
        assertFalse(TextRepair.mayHoldAmpersandQuote("the R&D budget of 2008"));
        assertFalse(TextRepair.mayHoldAmpersandQuote("&first\nsecond8 line"));
        assertTrue(TextRepair.mayHoldAmpersandQuote("he said &no8 twice"));
    }

    /** The cheap test never turns away a text in which the pattern finds a quote. */
    @Test
    void ampersandQuoteTestLetsEveryQuoteThrough() {
        Pattern quote = Pattern.compile(
                "(?<![\\p{L}\\p{N}&])&(?=[\\p{L}\\p{N}$(\"'])([^&\\n]{1,300}?)(?<=[^\\s\\d&])[8⁸](?![\\p{L}\\p{N}])");
        String alphabet = "&&88⁸ aZ1,.\n\t$(\"'é";
        Random random = new Random(11);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            if (quote.matcher(text).find()) {
                found++;
                assertTrue(TextRepair.mayHoldAmpersandQuote(text), text);
            }
        }
        assertTrue(found > 1000, "random texts hold quotes");
    }
}
