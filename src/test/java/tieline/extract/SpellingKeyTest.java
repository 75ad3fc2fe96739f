package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Transliteration variants share a key; different surnames do not. */
class SpellingKeyTest {

    @Test
    void variantsShareAKey() {
        assertEquals(SpellingKey.of("Rousseff"), SpellingKey.of("Roussef"));
        assertEquals(SpellingKey.of("Muallem"), SpellingKey.of("Mu'allim"));
        assertEquals(SpellingKey.of("Mubarak"), SpellingKey.of("Mobarak"));
        assertEquals(SpellingKey.of("Skarphedinsson"), SpellingKey.of("Skarpedinsson"));
        assertEquals(SpellingKey.of("Al-Umran"), SpellingKey.of("Alumran"));
        assertEquals(SpellingKey.of("Humala"), SpellingKey.of("Humalla"));
    }

    @Test
    void otherSurnamesStayApart() {
        assertNotEquals(SpellingKey.of("Johnson"), SpellingKey.of("Johnston"));
        assertNotEquals(SpellingKey.of("Serra"), SpellingKey.of("Sierra"));
        assertNotEquals(SpellingKey.of("Schaefer"), SpellingKey.of("Schiffer"));
        assertNotEquals(SpellingKey.of("Miles"), SpellingKey.of("Mills"));
        assertNotEquals(SpellingKey.of("Aliyev"), SpellingKey.of("Aliyeva"));
    }
}
