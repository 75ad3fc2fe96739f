package tieline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tieline.Corpus;
import tieline.render.ReadBack;

/** {@code tieline export} writing briefing pictures from the sample cables. */
class BriefingExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TielineCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "export";
        all[1] = Corpus.sampleData().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void pngOfAFocusNeighbourhoodAtTheDefaultResolution() throws Exception {
        Path file = dir.resolve("heydarov.png");
        assertEquals(0, run("--out", file.toString(), "--focus", "Kamaladdin Heydarov", "--hops", "2"), err.toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(3300, image.getWidth());
        assertEquals(2550, image.getHeight());
        assertTrue(err.toString().contains("\"Kamaladdin Heydarov: relationships, "), err.toString());
        assertTrue(err.toString().contains("marked CONFIDENTIAL"), err.toString());
    }

    @Test
    void unclassifiedPdfCarriesNoClassifiedMarkingOrEvidence() throws Exception {
        Path file = dir.resolve("u.pdf");
        assertEquals(0, run("--out", file.toString(), "--max-classification", "U", "--title", "Open picture"),
                err.toString());
        String text = ReadBack.pdfText(Files.readAllBytes(file));
        assertTrue(text.startsWith("UNCLASSIFIED"), text);
        assertTrue(text.contains("Open picture"));
        assertFalse(text.contains("CONFIDENTIAL"), text);
        assertFalse(text.contains("Derived from"), text);
    }

    @Test
    void timelineAsSvgWithItsTitleAndA4PortraitPdfPath() throws Exception {
        Path svg = dir.resolve("azimov.svg");
        assertEquals(0, run("--out", svg.toString(), "--picture", "timeline", "--focus", "person:araz-azimov"),
                err.toString());
        List<String> texts = ReadBack.svgTexts(Files.readAllBytes(svg));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Araz Azimov: relationships over time")),
                texts.toString());
        Path pdf = dir.resolve("path.pdf");
        assertEquals(0, run("--out", pdf.toString(), "--picture", "path", "--focus", "Kamaladdin Heydarov", "--with",
                "TEP", "--page", "a4", "--portrait"), err.toString());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(595.28, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(841.89, document.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        String text = ReadBack.pdfText(Files.readAllBytes(pdf));
        assertTrue(text.contains("Kamaladdin Heydarov to Train-and-Equip Program: connection"), text);
    }

    @Test
    void pptxIsOneSlideAndAReplacedFileLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("network.pptx");
        assertEquals(0, run("--out", file.toString()), err.toString());
        assertEquals(0, run("--format", "PPTX", "--out", file.toString(), "--max-classification", "U"), err.toString());
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertEquals(1, show.getSlides().size());
        }
        assertTrue(ReadBack.pptxTexts(Files.readAllBytes(file)).contains("UNCLASSIFIED"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void anUnknownOrAmbiguousEntityIsABadCommandLine() {
        assertEquals(2, run("--out", dir.resolve("x.png").toString(), "--focus", "Nobody Here"));
        assertTrue(err.toString().contains("no entity matches 'Nobody Here'"), err.toString());
        assertEquals(2, run("--out", dir.resolve("x.png").toString(), "--focus", "Ministry"));
        assertTrue(err.toString().contains("'Ministry' matches"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void pictureOptionsAreCheckedBeforeAnythingIsRead() {
        assertEquals(2, run("--out", dir.resolve("x.json").toString(), "--focus", "Azimov"));
        assertTrue(err.toString().contains("are for png, svg, pdf and pptx, not json"), err.toString());
        assertEquals(2, run("--out", dir.resolve("x.png").toString(), "--dpi", "20"));
        assertTrue(err.toString().contains("--dpi must be between 50 and 600"), err.toString());
        assertEquals(2, run("--out", dir.resolve("x.png").toString(), "--picture", "path", "--focus", "Azimov"));
        assertTrue(err.toString().contains("needs --focus and --with"), err.toString());
        assertEquals(2, run("--out", dir.resolve("x.pdf").toString(), "--page", "legal"));
        assertTrue(err.toString().contains("--page must be letter or a4"), err.toString());
    }

    @Test
    void anUnwritablePlaceIsReportedAndNothingIsWritten() {
        Path target = dir.resolve("missing").resolve("x.svg");
        assertEquals(1, run("--out", target.toString()));
        assertTrue(err.toString().contains("cannot write " + target + ": folder"), err.toString());
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }
}
