package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    private final PlaceNames places = new PlaceNames(Set.of("Costa Rica", "Azerbaijan", "SANJOSE", "BAKU"));

    @Test
    void aStretchOfTextIsAPlaceWhenItsLettersAre() {
        String text = "the Embassy in Azerbaijan and Azerbaijani officials";
        int at = text.indexOf("Azerbaijan");
        assertTrue(places.isSpan(text, at, at + "Azerbaijan".length()));
        int adjective = text.indexOf("Azerbaijani");
        assertFalse(places.isSpan(text, adjective, adjective + "Azerbaijani".length()));
        assertFalse(places.isSpan(text, 0, 3));
    }

    @Test
    void aWordBeforeTheStretchMayCompleteThePlace() {
        String text = "Costa Rica signed";
        assertTrue(places.isWordThenSpan("Costa", text, 6, 10));
        assertFalse(places.isWordThenSpan("Puerto", text, 6, 10));
        assertFalse(places.isWordThenSpan("Costa", text, 6, 17));
    }

    @Test
    void aPostIsRecognisedAsCableIdsWriteIt() {
        String text = "talks in San Jose and in Baku, not in San Juan";
        int sanJose = text.indexOf("San Jose");
        assertTrue(places.isLettersOfSpan(text, sanJose, sanJose + "San Jose".length()));
        int baku = text.indexOf("Baku");
        assertTrue(places.isLettersOfSpan(text, baku, baku + 4));
        int sanJuan = text.indexOf("San Juan");
        assertFalse(places.isLettersOfSpan(text, sanJuan, sanJuan + "San Juan".length()));
    }
}
