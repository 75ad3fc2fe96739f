package tieline.cable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The item labels of a REF field are found where a plain search of the label pattern finds them. */
class ReferenceItemLabelsTest {

    private static final Pattern ITEM_START = Pattern.compile(
            "(?:^|(?<=[\\s;,.]))(?:REF\\s+)?¶?(?:\\(([A-Z])\\)|([A-Z])(?:[.)]|\\s?:))\\s*", Pattern.CASE_INSENSITIVE);
    private static final String[] PIECES = {"A.", "b)", "(C)", "D:", "E :", "REF ", "Ref F:", "¶", " ", ";", ",",
        ".", "STATE 12345", "BAKU", "x", "(", ")", ":", "1", "é"};

    private static List<int[]> bySearch(String text) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = ITEM_START.matcher(text);
        while (m.find()) {
            String found = m.group(1) != null ? m.group(1) : m.group(2);
            labels.add(new int[]{m.start(), m.end(), Character.toUpperCase(found.charAt(0))});
        }
        return labels;
    }

    @Test
    void agreesWithASearchOnRandomTexts() {
        RandomText random = new RandomText(17);
        int labelled = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = random.ofPieces(PIECES, 0, 7);
            List<int[]> expected = bySearch(text);
            List<int[]> found = ReferenceParser.itemLabels(text);
            labelled += expected.isEmpty() ? 0 : 1;
            assertEquals(expected.size(), found.size(), text);
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), found.get(i), text);
            }
        }
        assertTrue(labelled > 10_000, "random texts hold labels");
    }
}
