package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The column store of a paragraph's words reads the same as the word views it hands out. */
class TokensTest {

    private static final String TEXT = "Minister Azimov's deputy met TEP officials on May 10; XXXXXXXXXXXX and 2007 "
            + "the son-in-law of U.S. DAS Bryza";

    @Test
    void eachWordCarriesItsStringsHashWhateverJoinsOrEndsIt() {
        String text = "the officials' letter, AT&T and A/S, O'Brien\u2019s son-in-law, U.S.A. and Ålesund's 12/5";
        Tokens tokens = Tokenizer.tokenize(text);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < tokens.size(); i++) {
                assertEquals(text.substring(tokens.start(i), tokens.end(i)), tokens.text(i));
                assertEquals(tokens.text(i).hashCode(), tokens.hash(i), tokens.text(i));
            }
            tokens = Tokenizer.tokenize(text);
        }
        assertEquals("officials", tokens.text(1));
        assertEquals("AT&T", tokens.text(3));
        assertEquals("O'Brien", tokens.text(6));
    }

    @Test
    void columnsAndViewsAgreeForEveryWord() {
        Tokens tokens = Tokenizer.tokenize(TEXT);
        assertEquals(18, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertEquals(i, t.index());
            assertEquals(t.start(), tokens.start(i));
            assertEquals(t.end(), tokens.end(i));
            assertEquals(t.text(), tokens.text(i));
            assertEquals(t.text().hashCode(), tokens.hash(i), t.text());
            assertEquals(TEXT.substring(t.start(), t.end()), tokens.text(i));
            assertEquals(t.possessive(), tokens.possessive(i), t.text());
            assertEquals(t.capitalised(), tokens.capitalised(i), t.text());
            assertEquals(t.lowerCase(), tokens.lowerCase(i), t.text());
            assertEquals(t.redacted(), tokens.redacted(i), t.text());
            assertEquals(t.isNumber(), tokens.isNumber(i), t.text());
            assertEquals(t.acronymLike(), tokens.acronymLike(i), t.text());
            assertEquals(t.initial(), tokens.initial(i), t.text());
            assertEquals(t.cues(), tokens.cues(i), t.text());
            assertEquals(t.is(CableVocabulary.TITLE_HEAD), tokens.is(i, CableVocabulary.TITLE_HEAD), t.text());
            assertEquals(t.is(CableVocabulary.MONTH), tokens.is(i, CableVocabulary.MONTH), t.text());
        }
    }

    @Test
    void knowsThePossessiveAndTheShapes() {
        Tokens tokens = Tokenizer.tokenize(TEXT);
        assertEquals("Azimov", tokens.text(1));
        assertTrue(tokens.possessive(1));
        assertFalse(tokens.possessive(0));
        assertTrue(tokens.is(0, CableVocabulary.TITLE_HEAD));
        assertTrue(tokens.acronymLike(4));
        assertTrue(tokens.is(7, CableVocabulary.MONTH));
        assertTrue(tokens.redacted(9));
        assertTrue(tokens.isNumber(11));
    }

    @Test
    void growsPastItsFirstCapacityAndGuardsItsEnds() {
        Tokens tokens = new Tokens(1);
        for (int i = 0; i < 100; i++) {
            tokens.add(i * 2, i * 2 + 1, "w", "w".hashCode(), i % 3 == 0, Token.pack(0, 0, 0));
        }
        assertEquals(100, tokens.size());
        assertEquals(198, tokens.start(99));
        assertTrue(tokens.possessive(99));
        assertFalse(tokens.possessive(98));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(100));
    }

    @Test
    void findsTheFirstWordFromAnOffset() {
        Tokens tokens = Tokenizer.tokenize("met  Azimov in Baku");
        // words at [0,3) [5,11) [12,14) [15,19)
        assertEquals(0, tokens.firstStartingFrom(0));
        assertEquals(1, tokens.firstStartingFrom(4));
        assertEquals(1, tokens.firstStartingFrom(5));
        assertEquals(2, tokens.firstStartingFrom(6));
        assertEquals(4, tokens.firstStartingFrom(16));
        assertEquals(0, tokens.firstEndingAfter(2));
        assertEquals(1, tokens.firstEndingAfter(3));
        assertEquals(1, tokens.firstEndingAfter(10));
        assertEquals(2, tokens.firstEndingAfter(11));
        assertEquals(4, tokens.firstEndingAfter(19));
    }
}
