package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieline.export.ExportException;

class BriefingOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesEachFormatToItsFileAndLeavesNoTemporaryFiles() throws Exception {
        for (BriefingFormat format : BriefingFormat.values()) {
            Path file = dir.resolve("briefing." + format.extension());
            new BriefingOutput(format, PaperSize.A4, true, 72).write(SampleScenes.network(), file);
            assertTrue(Files.size(file) > 1000, format + " wrote " + Files.size(file) + " bytes");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "only the four briefings, no temporary files");
        }
        byte[] head = Files.readAllBytes(dir.resolve("briefing.pdf"));
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingFolderIsReportedWithThePath() {
        Path target = dir.resolve("no-such-folder").resolve("b.png");
        ExportException e = assertThrows(ExportException.class,
                () -> BriefingOutput.of(BriefingFormat.PNG).write(SampleScenes.network(), target));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void aFolderInPlaceOfTheFileIsReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("taken.svg"));
        ExportException e = assertThrows(ExportException.class,
                () -> BriefingOutput.of(BriefingFormat.SVG).write(SampleScenes.network(), folder));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void pptxIsAlwaysAWidescreenSlideAndPaperFollowsTheOrientation() {
        assertEquals(Page.WIDESCREEN, BriefingOutput.of(BriefingFormat.PPTX).page());
        Page portrait = new BriefingOutput(BriefingFormat.PDF, PaperSize.LETTER, false, 300).page();
        assertEquals(612, portrait.width());
        assertEquals(792, portrait.height());
        assertThrows(IllegalArgumentException.class, () -> new BriefingOutput(BriefingFormat.PNG, PaperSize.A4,
                true, 10));
    }

    @Test
    void formatsParseByTheirExtension() {
        assertEquals(Optional.of(BriefingFormat.PPTX), BriefingFormat.parse(" PPTX "));
        assertEquals(Optional.empty(), BriefingFormat.parse("gif"));
    }
}
