package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The paragraph label reader finds what the label pattern it replaced found, on any line. */
class ParagraphLabelTest {

    /** The pattern the reader replaced, kept here as the rule it must follow. */
    private static final Pattern START = Pattern.compile(
            "^\\s{0,6}(¶\\s?)?(\\d{1,3})\\s?\\.(?:\\s+|(?=\\()|(?=[A-Z]))(?:\\(([A-Za-z/ ]{1,12})\\)\\s*)?");
    private static final String ALPHABET = "  \t¶1234567890..(()CS/UNFa xZ\f";

    @Test
    void readsLabelsAndMarkings() {
        ParagraphLabel label = ParagraphLabel.find("  ¶12. (S/NF) Text", 0, 18);
        assertEquals("12", "  ¶12. (S/NF) Text".substring(label.numberStart(), label.numberEnd()));
        assertEquals("S/NF", "  ¶12. (S/NF) Text".substring(label.markingStart(), label.markingEnd()));
        assertEquals(14, label.end());
        assertNull(ParagraphLabel.find("1234. Text", 0, 10));
        assertNull(ParagraphLabel.find("       1. seven spaces", 0, 22));
        assertEquals(-1, ParagraphLabel.find("3.(ABCDEFGHIJKLM) long", 0, 22).markingStart());
    }

    @Test
    void agreesWithThePatternOnRandomLines() {
        RandomText random = new RandomText(42);
        for (int n = 0; n < 200_000; n++) {
            String line = random.ofChars(ALPHABET, 24);
            String prefix = random.coin() ? "" : "xx";
            String suffix = random.coin() ? "" : "(U) y";
            String source = prefix + line + suffix;
            int from = prefix.length();
            int to = from + line.length();
            assertAgrees(source, from, to);
        }
    }

    private static void assertAgrees(String source, int from, int to) {
        Matcher m = START.matcher(source).region(from, to);
        ParagraphLabel label = ParagraphLabel.find(source, from, to);
        String where = "'" + source.substring(from, to) + "'";
        if (!m.lookingAt()) {
            assertNull(label, where);
            return;
        }
        assertEquals(m.start(2), label.numberStart(), where);
        assertEquals(m.end(2), label.numberEnd(), where);
        assertEquals(m.start(3), label.markingStart(), where);
        assertEquals(m.end(3), label.markingEnd(), where);
        assertEquals(m.end(), label.end(), where);
    }
}
