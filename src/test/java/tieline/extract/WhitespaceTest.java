package tieline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesRunsAndOtherSpacesToOneSpace() {
        assertEquals("Azimov met Rice on May 21.", Whitespace.collapse("Azimov  met\nRice\ton\u00a0May \r\n 21."));
        assertEquals(" a b ", Whitespace.collapse("\n a\u2003\u2003b\t"));
    }

    @Test
    void itsSpaceTestIsTheJdksWithNoBreakSpaceForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c) || c == '\u00a0', Whitespace.isSpace(c), Integer.toHexString(c));
        }
    }

    @Test
    void textNeedingNoChangeIsReturnedAsItIs() {
        String s = "the Minister of Foreign Affairs";
        assertSame(s, Whitespace.collapse(s));
    }

    @Test
    void agreesWithAPlainRuleOnRandomText() {
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\n', '\t', '\r', '\u000b', '\u001c', '\u00a0', '\u2003', '\u00e9',
                '\u007f', '\u0085', '\u200b', '!', '"', '#', '$', '%', '0', '?', '@', '\u001f', '\u0008',
                '\u1680', '\u2019', '\u201c', '\u2028', '\u202f', '\u3000', '\u00b6'};
        Random random = new Random(20261123L);
        for (int n = 0; n < 5_000; n++) {
            char[] text = new char[random.nextInt(30)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(plainCollapse(s), Whitespace.collapse(s), s);
            int from = random.nextInt(text.length + 1);
            int to = from + random.nextInt(text.length - from + 1);
            assertEquals(plainCollapse(s.substring(from, to)), Whitespace.collapse(s, from, to), s + " " + from + "-" + to);
        }
    }

    /** The rule written as simply as possible: every run of white space (or no-break spaces) becomes one space. */
    private static String plainCollapse(String s) {
        StringBuilder sb = new StringBuilder();
        boolean inRun = false;
        for (char c : s.toCharArray()) {
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
            if (!ws) {
                sb.append(c);
            } else if (!inRun) {
                sb.append(' ');
            }
            inRun = ws;
        }
        return sb.toString();
    }
}
