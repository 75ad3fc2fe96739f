package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The letter test before the layout-line pattern turns away no line the pattern takes for layout. */
class LayoutNoiseWordsTest {

    /** The layout-line pattern of {@link LayoutNoise}, kept here as the rule. */
    private static final Pattern NOISE = Pattern.compile(
            "^\\s*(?:SIPDIS|\\*\\s*Missing Section.*\\*|[-=_*]{2,}[-=_* ]*|[-=]+\\s*CABLE ENDS\\s*[-=]+|NNNN|BT|"
                    + "SENSITIVE|NOFORN|C\\s?O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L|S\\s?E\\s?C\\s?R\\s?E\\s?T|"
                    + "UNCLAS(?:SIFIED)?|END\\s+TEXT\\s+OF\\s+CABLE\\.?|-+\\s*header ends\\s*-+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"SIPDIS", "sipdis", "S", "E", "C", " ", "\t", "C O N F I D E N T I A L",
        "Confidential", "NNNN", "BT", "END", "TEXT", "OF", "CABLE", ".", "UNCLAS", "SIFIED", "secret", "SECRET",
        "S E C R E T", "SENSITIVE", "NOFORN", "W", "x", ":", "K", "\u212A", "\u00A0"};

    @Test
    void layoutWordsStayLayoutAndTextIsText() {
        assertTrue(LayoutNoise.isNoiseLine("  C O N F I D E N T I A L"));
        assertTrue(LayoutNoise.isNoiseLine("End Text of Cable."));
        assertTrue(LayoutNoise.isNoiseLine("SIPDIS"));
        assertFalse(LayoutNoise.isNoiseLine("SUBJECT: SECRET"));
        assertFalse(LayoutNoise.isNoiseLine("Best regards"));
    }

    @Test
    void everyLineThePatternTakesIsStillLayout() {
        RandomText random = new RandomText(5);
        int layout = 0;
        for (int n = 0; n < 100_000; n++) {
            String line = random.ofPieces(PIECES, 1, 4);
            if (NOISE.matcher(line).matches()) {
                layout++;
                assertTrue(LayoutNoise.isNoiseLine(line), line);
            }
        }
        assertTrue(layout > 1000, "random lines include layout lines");
    }
}
