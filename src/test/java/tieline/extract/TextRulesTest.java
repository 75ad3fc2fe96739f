package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting and date resolution as cables need them. */
class TextRulesTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Gen. Craddock met Mr. Abiyev and Amb. Anne E. Derse in the U.S. embassy.",
                        "He left."),
                sentences("Gen. Craddock met Mr. Abiyev and Amb. Anne E. Derse in the U.S. embassy. He left."));
        assertEquals(List.of("Former DoD A/S Peter Rodman wrote letter No. 5 to him.", "Azimov agreed."),
                sentences("Former DoD A/S Peter Rodman wrote letter No. 5 to him. Azimov agreed."));
        assertEquals(List.of("Support came from the U.S.", "The Ambassador agreed."),
                sentences("Support came from the U.S. The Ambassador agreed."));
        assertEquals(List.of("Dear Mr. Secretary,", "Sincerely yours,"), sentences("Dear Mr. Secretary,\nSincerely yours,"));
    }

    private static List<LocalDate> dates(String text, String cableDate) {
        return DateFinder.find(text, LocalDate.parse(cableDate), false).stream().map(TextDate::date).toList();
    }

    @Test
    void datesResolveAgainstTheCableDate() {
        assertEquals(List.of(LocalDate.of(2007, 5, 10)), dates("the text of a May 10, 2007, letter", "2007-05-18"));
        assertEquals(List.of(LocalDate.of(2007, 12, 28)), dates("During a December 28 meeting", "2008-01-29"));
        assertEquals(List.of(LocalDate.of(2009, 4, 3)), dates("on April 3.", "2009-04-06"));
        assertEquals(List.of(LocalDate.of(2007, 10, 1)), dates("request in October 2007 for", "2008-01-29"));
        assertEquals(List.of(LocalDate.of(2008, 1, 29)), dates("on January 29", "2008-01-29"), "same day counts");
        assertEquals(List.of(LocalDate.of(2007, 1, 30)), dates("on January 30", "2008-01-29"), "never after the cable");
        assertEquals(List.of(LocalDate.of(2007, 12, 28)), dates("on 28 December, the", "2008-01-29"));
        assertEquals(List.of(LocalDate.of(2007, 12, 28)), dates("on 28th December 2007.", "2008-01-29"));
        assertEquals(List.of(), dates("in 2006 and in May", "2008-01-29"), "a year or a month alone is too vague");
    }

    @Test
    void upperCaseCablesHaveDatesToo() {
        assertEquals(List.of(LocalDate.of(1972, 8, 13)),
                DateFinder.find("ASSASSINATION AUGUST 13 OF HEAD", LocalDate.of(1972, 8, 22), true).stream()
                        .map(TextDate::date).toList());
        assertEquals(List.of(LocalDate.of(1972, 8, 17)),
                DateFinder.find("ASSURED EMBOFF AUG. 17 THAT", LocalDate.of(1972, 8, 22), true).stream()
                        .map(TextDate::date).toList());
    }

    private static boolean datesALink(String text, String cableDate) {
        ParagraphText p = ParagraphText.of(new tieline.cable.Paragraph(1, "1", null, text, 1,
                tieline.cable.ParagraphKind.BODY), LocalDate.parse(cableDate));
        assertEquals(1, p.dates().size(), text);
        return EvidenceBuilder.datesALink(p, p.dates().get(0), LocalDate.parse(cableDate));
    }

    @Test
    void birthDatesAndDatesAfterTheCableDoNotDateALink() {
        assertTrue(datesALink("Gen. Craddock met Abiyev on May 21, 2009.", "2009-05-29"));
        assertFalse(datesALink("Dr. Bernard Bot Born November 21, 1937 in Batavia.", "2003-11-21"));
        assertFalse(datesALink("Bot was born on November 21, 1937 in Batavia.", "2003-11-21"));
        assertFalse(datesALink("CFK will remain president until December 2011, we believe.", "2009-08-01"));
        assertFalse(datesALink("a term that will expire December 31, 2014.", "2009-08-01"));
    }

    @Test
    void aTitleEndsWhereARankOrASecondTitleBegins() {
        assertEquals("Chief of Army Staff", Titles.expand(List.of("Chief", "of", "Army", "Staff", "General")));
        assertEquals("Minister of Defense", Titles.expand(List.of("Minister", "of", "Defense", "General", "Sheikh")));
        assertEquals("Legal Adviser", Titles.expand(List.of("SecState", "Legal", "Adviser")));
        assertEquals("Deputy Chief of General Staff", Titles.expand(List.of("Deputy", "Chief", "of", "General", "Staff")));
        assertEquals("Minister of Emergency Situations",
                Titles.expand(List.of("Minister", "of", "Emergency", "Situations")));
        assertEquals(Titles.head("Legal Advisor"), Titles.head("Legal Adviser"));
    }
}
