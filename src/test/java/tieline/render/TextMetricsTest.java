package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    private final Font font = BriefingFonts.shared().regular(8);

    @Test
    void wrapKeepsEveryLineWithinTheWidthAndKeepsAllWordsWhenThereIsRoom() {
        String text = "Azimov said a potential TEP had to be put in the right political framework";
        List<String> lines = TextMetrics.wrap(font, text, 90, 10);
        assertTrue(lines.size() > 2);
        for (String line : lines) {
            assertTrue(TextMetrics.width(font, line) <= 90, line);
        }
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void wrapStopsAtTheLineLimitWithAnEllipsis() {
        List<String> lines = TextMetrics.wrap(font, "one two three four five six seven eight nine ten eleven", 40, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.get(1));
        assertTrue(TextMetrics.width(font, lines.get(1)) <= 40);
    }

    @Test
    void fitShortensOnlyWhatDoesNotFit() {
        assertEquals("CEIP", TextMetrics.fit(font, "CEIP", 100));
        String fitted = TextMetrics.fit(font, "Ministry of Emergency Situations", 60);
        assertTrue(fitted.endsWith("\u2026") && TextMetrics.width(font, fitted) <= 60, fitted);
    }

    @Test
    void boldIsWiderThanRegularSoTheTwoFacesAreReallyLoaded() {
        BriefingFonts fonts = BriefingFonts.shared();
        assertTrue(TextMetrics.width(fonts.bold(10), "Heydarov") > TextMetrics.width(fonts.regular(10), "Heydarov"));
        assertEquals("DejaVu Sans", fonts.family());
        assertTrue(fonts.isBold(fonts.bold(9)));
    }

    @Test
    void listKeepsItemsWholeAndSaysHowManyAreLeftOut() {
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(String.format("%02dBAKU%d (2008-01-29)", i % 10, i));
        }
        List<String> all = TextMetrics.list(font, "Sources: ", items.subList(0, 3), "", 400, 4);
        assertEquals(List.of("Sources: 00BAKU0 (2008-01-29), 01BAKU1 (2008-01-29), 02BAKU2 (2008-01-29)"), all);
        List<String> cut = TextMetrics.list(font, "Sources: ", items, "", 300, 3);
        assertEquals(3, cut.size());
        String last = cut.get(2);
        assertTrue(last.matches(".*\u2026 and \\d+ more"), last);
        int shown = (int) String.join(" ", cut).chars().filter(c -> c == '(').count();
        int more = Integer.parseInt(last.replaceAll(".* and (\\d+) more", "$1"));
        assertEquals(200, shown + more, "every item is shown or counted");
        for (String line : cut) {
            assertTrue(TextMetrics.width(font, line) <= 300, line);
            assertEquals(line.chars().filter(c -> c == '(').count(), line.chars().filter(c -> c == ')').count(),
                    "no item is split: " + line);
        }
    }
}
