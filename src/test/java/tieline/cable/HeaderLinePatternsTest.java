package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The header reader's hand-written line tests answer as the patterns they replaced (kept here as
 * the rules), on random lines made of the characters that matter to them.
 */
class HeaderLinePatternsTest {

    private static final Pattern ADDRESSEE = Pattern.compile("^\\s*[A-Z0-9][A-Z0-9/ .,&()'-]*$");
    private static final Pattern TAG_CONTINUATION = Pattern.compile("^\\s*(?:[A-Z][A-Za-z0-9-]{1,11}[,;]?\\s*)+$");
    private static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,19}");
    private static final String ALPHABET = "  \tAZPGOVkm09-,;:./&()'\u00A0é\n";

    @Test
    void examples() {
        assertTrue(HeaderReader.isAddresseeLine("  RUEHC/SECSTATE WASHDC PRIORITY 4656"));
        assertFalse(HeaderReader.isAddresseeLine("Embassy Baku"));
        assertTrue(HeaderReader.mayContinueTags("PGOV, PREL, AJ"));
        assertFalse(HeaderReader.mayContinueTags("SUBJECT: AZERBAIJAN"));
        CableHeader h = new CableHeader();
        HeaderReader.addTags("PGOV, PREL; ABCDEFGHIJKLMNOPQRSTUVWXYZ", h);
        assertEquals(List.of("PGOV", "PREL", "ABCDEFGHIJKLMNOPQRST", "UVWXYZ"), new ArrayList<>(h.tags));
    }

    @Test
    void agreeWithThePatternsOnRandomLines() {
        RandomText random = new RandomText(7);
        for (int n = 0; n < 200_000; n++) {
            String line = random.ofChars(ALPHABET, random.coin() ? 8 : 40);
            assertEquals(ADDRESSEE.matcher(line).matches(), HeaderReader.isAddresseeLine(line), line);
            if (TAG_CONTINUATION.matcher(line).matches()) {
                assertTrue(HeaderReader.mayContinueTags(line), line);
            }
            List<String> expected = new ArrayList<>();
            Matcher m = TAG.matcher(line);
            while (m.find()) {
                expected.add(m.group());
            }
            CableHeader h = new CableHeader();
            HeaderReader.addTags(line, h);
            assertEquals(new ArrayList<>(new java.util.LinkedHashSet<>(expected)), new ArrayList<>(h.tags), line);
        }
    }
}
