package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    @Test
    void neverRejectsAWordOfTheSet() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add("Word" + i);
        }
        WordFilter filter = new WordFilter(words);
        for (String w : words) {
            assertTrue(filter.mayContainHash(w.hashCode()), w);
        }
    }

    @Test
    void rejectsAlmostEveryOtherWord() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("Name" + i);
        }
        WordFilter filter = new WordFilter(words);
        int maybe = 0;
        for (int i = 0; i < 100_000; i++) {
            if (filter.mayContainHash(("other" + i).hashCode())) {
                maybe++;
            }
        }
        assertTrue(maybe < 10_000, maybe + " of 100,000 absent words passed the filter");
    }

    @Test
    void anEmptySetRejectsEverything() {
        WordFilter filter = new WordFilter(Set.of());
        assertFalse(filter.mayContainHash("Azimov".hashCode()));
        assertFalse(filter.mayContainHash("".hashCode()));
    }
}
