package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
