package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer's spelling cache gives each word the shape and classes it would have uncached. */
class WordCacheTest {

    @Test
    void cachedWordsCarryTheSameShapeAndClassesAsFreshOnes() {
        String text = "Deputy Foreign Minister Araz Azimov met the Ambassador; AZIMOV, TEP and XXXXXXXXXXXX. "
                + "Minister Azimov's deputy met U.S. officials in December; his son-in-law criticized the letter.";
        for (int pass = 0; pass < 2; pass++) {
            for (Token t : Tokenizer.tokenize(text)) {
                Token fresh = new Token(t.index(), t.start(), t.end(), text.substring(t.start(), t.end()), t.possessive());
                assertEquals(fresh.text(), t.text());
                assertEquals(fresh.capitalised(), t.capitalised(), t.text());
                assertEquals(fresh.allCaps(), t.allCaps(), t.text());
                assertEquals(fresh.acronymLike(), t.acronymLike(), t.text());
                assertEquals(fresh.redacted(), t.redacted(), t.text());
                assertEquals(fresh.lowerCase(), t.lowerCase(), t.text());
                assertEquals(fresh.is(CableVocabulary.TITLE_HEAD), t.is(CableVocabulary.TITLE_HEAD), t.text());
                assertEquals(fresh.is(CableVocabulary.MONTH), t.is(CableVocabulary.MONTH), t.text());
                assertEquals(fresh.cues(), t.cues(), t.text());
            }
        }
    }

    @Test
    void aRepeatedSpellingIsOneString() {
        List<Token> a = Tokenizer.tokenize("Azimov said Azimov");
        assertSame(a.get(0).text(), a.get(2).text());
    }

    @Test
    void staysCorrectWhenItGrowsAndStartsAgain() {
        WordCache cache = new WordCache();
        String text = "Minister";
        String first = cache.word(text.toCharArray(), 0, text.length());
        int info = cache.info();
        for (int i = 0; i < WordCache.LIMIT + 1000; i++) {
            String w = "w" + i;
            assertEquals(w, cache.word(w.toCharArray(), 0, w.length()));
        }
        String again = cache.word("the Minister".toCharArray(), 4, 12);
        assertEquals(first, again);
        assertEquals(info, cache.info());
        assertEquals(Token.pack(Token.shapeOf("Minister"), CableVocabulary.classesOf("Minister"),
                RelationCues.cueBits("Minister")), cache.info());
        String met = cache.word("they MET".toCharArray(), 5, 8);
        assertEquals("MET", met);
        assertEquals(CableVocabulary.EVENT, (cache.info() >>> 8) & CableVocabulary.EVENT, "an event word in capitals");
    }

    @Test
    void tellsApartSpellingsOfEveryLengthAndAlphabet() {
        WordCache cache = new WordCache();
        String[] spellings = {"a", "A", "Azimov", "Azimova", "Azimovs", "Ministerial", "Ministeriel", "Müller", "Muller",
            "Şahin", "Sahin", "Ålesund", "Alesund", "Mammadyarov", "Mammadyarova", "XXXXXXXXXXXX", "2007", "20070",
            "Ministerialx", "Ministerialy", "administrations", "administrationx", "administrationsx", "administrationsy",
            "Ministère", "Ministérè", "Präsidentschaft", "Präsidentschaftx", "Azimovaaa", "Azimovaab"};
        for (int pass = 0; pass < 3; pass++) {
            for (String s : spellings) {
                String text = "(" + s + ")";
                String got = cache.word(text.toCharArray(), 1, 1 + s.length());
                assertEquals(s, got);
                assertEquals(s.hashCode(), cache.hash(), s);
                assertEquals(Token.factsOf(s), cache.info(), s);
            }
        }
    }
}
