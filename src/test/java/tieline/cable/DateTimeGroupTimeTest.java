package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The test before the date-time group pattern turns away no line the pattern matches. */
class DateTimeGroupTimeTest {

    private static final Pattern DTG = Pattern.compile(
            "^\\s*(?:([RPOZ])(?:\\s?[RPOZ])?\\s+)?(\\d{2})(\\d{2})(\\d{2})Z\\s+([A-Za-z]{3})\\s+(\\d{4}|\\d{2})(?!\\d).*$");
    private static final String[] PIECES = {"R ", "P", "Z", " ", "290505Z ", "2905", "05Z ", "0", "JAN ", "jan", " 08", "2008",
        "x", "ZZ"};

    @Test
    void examples() {
        assertNotNull(DateTimeGroup.parse("R 290505Z JAN 08"));
        assertTrue(DateTimeGroup.holdsTime("O 123456Z"));
        assertFalse(DateTimeGroup.holdsTime("ZIMBABWE 12345Z"));
    }

    @Test
    void everyGroupThePatternMatchesHoldsATime() {
        RandomText random = new RandomText(23);
        int groups = 0;
        for (int n = 0; n < 100_000; n++) {
            String line = random.ofPieces(PIECES, 1, 6);
            if (DTG.matcher(line).matches()) {
                groups++;
                assertTrue(DateTimeGroup.holdsTime(line), line);
            }
        }
        assertTrue(groups > 100, "random lines hold groups");
    }
}
