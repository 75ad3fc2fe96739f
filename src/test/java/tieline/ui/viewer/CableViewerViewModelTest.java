package tieline.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieline.cable.Cable;
import tieline.cable.CableReader;
import tieline.cable.Paragraph;
import tieline.model.Mention;

class CableViewerViewModelTest {

    private static final Cable CABLE = new CableReader().read(List.of(Path.of("sample-data", "08BAKU73.txt")))
            .cables().get(0);

    private static CableViewerViewModel viewer(List<Mention> mentions) {
        CableViewerViewModel vm = new CableViewerViewModel();
        vm.setSource(id -> id.equals(CABLE.id()) ? Optional.of(CABLE) : Optional.empty(), Map.of(CABLE.id(), mentions));
        return vm;
    }

    private static Mention mention(String entity, int paragraph, String text, int occurrence) {
        String t = CABLE.paragraph(paragraph).orElseThrow().text();
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = t.indexOf(text, at + 1);
        }
        return new Mention(entity, CABLE.id(), paragraph, at, at + text.length(), text);
    }

    @Test
    void showOpensTheCableAtTheParagraph() {
        CableViewerViewModel vm = viewer(List.of());
        assertTrue(vm.show("08BAKU73", 8));
        assertEquals("08BAKU73", vm.cableProperty().get().id());
        assertEquals(8, vm.focusParagraphProperty().get());
        int requests = vm.focusRequestsProperty().get();
        vm.show("08BAKU73", 8);
        assertEquals(requests + 1, vm.focusRequestsProperty().get(), "the same paragraph again scrolls again");
        assertFalse(vm.show("99NOWHERE1", 1));
        assertTrue(vm.title().startsWith("08BAKU73"));
        assertTrue(vm.headerText().contains("C O N F I D E N T I A L"), vm.headerText());
        assertFalse(vm.headerText().contains("Summary:"), "the header stops before the first paragraph");
    }

    @Test
    void paragraphTextSplitsIntoPlainAndMentionRunsThatJoinBackToTheText() {
        Mention azimov = mention("person:araz-azimov", 1, "Araz Azimov", 0);
        Mention tep = mention("topic:tep", 1, "TEP", 0);
        CableViewerViewModel vm = viewer(List.of(azimov, tep));
        vm.show("08BAKU73", 1);
        vm.selectedEntities().add("topic:tep");
        Paragraph p = CABLE.paragraph(1).orElseThrow();
        List<TextSegment> segments = vm.segments(p);
        assertEquals(p.text(), segments.stream().map(TextSegment::text).reduce("", String::concat));
        TextSegment a = segments.stream().filter(s -> "person:araz-azimov".equals(s.entityId())).findFirst().orElseThrow();
        TextSegment t = segments.stream().filter(s -> "topic:tep".equals(s.entityId())).findFirst().orElseThrow();
        assertEquals("Araz Azimov", a.text());
        assertFalse(a.selected());
        assertTrue(t.selected(), "the selected entity is drawn strongest");
    }

    @Test
    void overlappingAndBrokenSpansAreSkippedWithoutLosingText() {
        Mention full = mention("person:araz-azimov", 1, "Araz Azimov", 0);
        Mention inner = new Mention("person:other", CABLE.id(), 1, full.start() + 5, full.end(), "Azimov");
        Mention outside = new Mention("person:broken", CABLE.id(), 1, 5, 100_000, "?");
        CableViewerViewModel vm = viewer(List.of(inner, full, outside));
        vm.show("08BAKU73", 1);
        Paragraph p = CABLE.paragraph(1).orElseThrow();
        List<TextSegment> segments = vm.segments(p);
        assertEquals(p.text(), segments.stream().map(TextSegment::text).reduce("", String::concat));
        assertEquals(1, segments.stream().filter(TextSegment::isMention).count());
    }

    @Test
    void labelsShowTheTrueNumberAndTheMarking() {
        Paragraph p = CABLE.paragraph(4).orElseThrow();
        assertEquals("4.", CableViewerViewModel.paragraphLabel(p));
        assertEquals("(C)", CableViewerViewModel.markingLabel(p));
    }
}
