package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tieline.briefing.BriefingScene;
import tieline.briefing.SceneNode;
import tieline.briefing.SourceCable;

class BriefingWritersTest {

    private static final Page LETTER = Page.of(PaperSize.LETTER, true);

    private static byte[] write(BriefingWriter writer, BriefingScene scene) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(scene, out);
        return out.toByteArray();
    }

    @Test
    void pngHasThePageSizeAtTheResolutionDrawnPixelsAndItsDpiRecorded() throws Exception {
        byte[] png = write(new PngBriefingWriter(LETTER, 300), SampleScenes.network());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3300, image.getWidth());
        assertEquals(2550, image.getHeight());
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        int samples = (image.getWidth() / 5) * (image.getHeight() / 5);
        assertTrue(inked > samples / 50, "at least 2% of the page is drawn, got " + inked + "/" + samples);
        assertTrue(inked < samples / 2, "the page is mostly paper, got " + inked + "/" + samples);
        Color banner = new Color(image.getRGB(200, 100));
        assertEquals(MarkingColours.background(SampleScenes.network().marking().banner()), banner);
        assertEquals(11811, pixelsPerMetre(png), "300 DPI = 11811 pixels per metre");
    }

    private static int pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    @Test
    void pngRefusesResolutionsOutsideTheSupportedRange() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> new PngBriefingWriter(LETTER, 20));
        assertTrue(low.getMessage().contains("between 50 and 600"));
        assertThrows(IllegalArgumentException.class, () -> new PngBriefingWriter(LETTER, 2400));
    }

    @Test
    void svgParsesWithoutDtdIsVectorAndHoldsBannerTitleAndLabelsAsText() throws Exception {
        BriefingScene scene = SampleScenes.network();
        byte[] svg = write(new SvgBriefingWriter(LETTER), scene);
        Document doc = ReadBack.svg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("0.0 0.0 792.0 612.0", root.getAttribute("viewBox"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), "no raster inside");
        List<String> texts = ReadBack.svgTexts(svg);
        assertEquals(2, texts.stream().filter("CONFIDENTIAL"::equals).count(), "banner top and bottom");
        assertTrue(texts.contains(scene.title()));
        for (SceneNode n : scene.nodes()) {
            assertTrue(texts.contains(n.label()), "label " + n.label());
        }
    }

    @Test
    void pdfIsOnePageWithEmbeddedFontsAndExtractableBannerTitleAndNames() throws Exception {
        BriefingScene scene = SampleScenes.network();
        byte[] pdf = write(new PdfBriefingWriter(LETTER), scene);
        String text = ReadBack.pdfText(pdf);
        assertTrue(text.startsWith("CONFIDENTIAL"), text.substring(0, 40));
        assertTrue(text.strip().endsWith("CONFIDENTIAL"));
        assertTrue(text.contains(scene.title()));
        for (SceneNode n : scene.nodes()) {
            assertTrue(text.contains(n.label()), "label " + n.label());
        }
        assertTrue(text.contains("Derived from: multiple sources (07BAKU605, 08BAKU73)"), text);
        assertTrue(text.contains("Declassify on: 2018-01-29"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(792, page.getMediaBox().getWidth(), 0.01);
            assertEquals(612, page.getMediaBox().getHeight(), 0.01);
            List<PDFont> fonts = fonts(page.getResources());
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws Exception {
        List<PDFont> out = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                out.addAll(fonts(form.getResources()));
            }
        }
        return out;
    }

    @Test
    void pdfListsEverySourceOnExtraPagesWhenTheFooterCannotHoldThem() throws Exception {
        List<SourceCable> many = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            many.add(new SourceCable(String.format("08BAKU%d", i), java.time.LocalDate.of(2008, 1, 1).plusDays(i)));
        }
        BriefingScene base = SampleScenes.network();
        BriefingScene scene = new BriefingScene(base.kind(), base.title(), base.subtitle(), base.marking(),
                base.legend(), many, base.generatedOn(), base.nodes(), base.edges(), List.of(), List.of());
        byte[] pdf = write(new PdfBriefingWriter(LETTER), scene);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        }
        String text = ReadBack.pdfText(pdf);
        assertTrue(text.contains("more"), "the footer says how many it leaves out");
        for (SourceCable c : many) {
            assertTrue(text.contains(c.describe()), c.describe());
        }
        assertTrue(text.contains("08BAKU73 (2008-03-14) *"), "derived-from cables are starred");
        long banners = text.lines().filter(l -> l.strip().equals("CONFIDENTIAL")).count();
        assertEquals(2L * pages(pdf), banners, "banners top and bottom on every page");
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void pdfOnA4Portrait() throws Exception {
        byte[] pdf = write(new PdfBriefingWriter(Page.of(PaperSize.A4, false)), SampleScenes.timeline());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(595.28, document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(841.89, document.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        String text = ReadBack.pdfText(pdf);
        assertTrue(text.contains("Azimov said a potential TEP had to be put in the right political"), text);
    }

    @Test
    void pptxIsOneWidescreenSlideWithTitleBannersPictureAndSourcesInTheNotes() throws Exception {
        BriefingScene scene = SampleScenes.network();
        byte[] pptx = write(new PptxBriefingWriter(), scene);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            assertEquals(1, show.getSlides().size());
            assertEquals(960, show.getPageSize().width);
            assertEquals(540, show.getPageSize().height);
            XSLFSlide slide = show.getSlides().get(0);
            List<XSLFTextShape> banners = new ArrayList<>();
            boolean picture = false;
            boolean title = false;
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFPictureShape) {
                    picture = true;
                } else if (shape instanceof XSLFTextShape text) {
                    if ("Classification banner".equals(shape.getShapeName())) {
                        banners.add(text);
                    }
                    if ("Title".equals(shape.getShapeName()) && scene.title().equals(text.getText())) {
                        title = true;
                    }
                }
            }
            assertTrue(picture, "the diagram picture");
            assertTrue(title, "the title as a text box");
            assertEquals(2, banners.size());
            for (XSLFTextShape banner : banners) {
                assertEquals("CONFIDENTIAL", banner.getText());
                assertEquals(MarkingColours.background(scene.marking().banner()), banner.getFillColor());
            }
            XSLFNotes notes = show.getNotesSlide(slide);
            String noteText = String.join("\n", notes.getPlaceholders().length == 0 ? List.of()
                    : java.util.Arrays.stream(notes.getPlaceholders()).map(XSLFTextShape::getText).toList());
            for (SourceCable source : scene.sources()) {
                assertTrue(noteText.contains(source.describe()), source.describe() + " in\n" + noteText);
            }
            assertTrue(noteText.contains("Declassify on: 2018-01-29"));
        }
    }

    @Test
    void theSameViewCarriesTheSameLabelsInAllFourFormats() throws Exception {
        BriefingScene scene = SampleScenes.network();
        Set<String> expected = new TreeSet<>(scene.nodes().stream().map(SceneNode::label).toList());
        List<String> svg = ReadBack.svgTexts(write(new SvgBriefingWriter(LETTER), scene));
        String pdf = ReadBack.pdfText(write(new PdfBriefingWriter(LETTER), scene));
        List<String> pptx = ReadBack.pptxTexts(write(new PptxBriefingWriter(), scene));
        CollectedText png = new CollectedText(new java.awt.geom.AffineTransform());
        new PngBriefingWriter(LETTER, 100, new BriefingPainter(BriefingFonts.shared(), png)).render(scene);
        List<String> pngTexts = png.runs().stream().map(CollectedText.Run::text).toList();
        assertEquals(expected, present(expected, svg::contains));
        assertEquals(expected, present(expected, pdf::contains));
        assertEquals(expected, present(expected, pptx::contains));
        assertEquals(expected, present(expected, pngTexts::contains));
    }

    @Test
    void crowdedLabelsAreDroppedTheSameWayInEveryFormatOfOnePage() throws Exception {
        BriefingScene scene = CrowdedScene.of(80);
        Set<String> all = new TreeSet<>(scene.nodes().stream().map(SceneNode::label).toList());
        Set<String> svg = present(all, ReadBack.svgTexts(write(new SvgBriefingWriter(LETTER), scene))::contains);
        Set<String> pdf = present(all, ReadBack.pdfText(write(new PdfBriefingWriter(LETTER), scene))::contains);
        CollectedText png = new CollectedText(new java.awt.geom.AffineTransform());
        new PngBriefingWriter(LETTER, 100, new BriefingPainter(BriefingFonts.shared(), png)).render(scene);
        Set<String> pngLabels = present(all, png.runs().stream().map(CollectedText.Run::text).toList()::contains);
        assertTrue(svg.size() < all.size(), "the crowded picture drops some labels: " + svg.size());
        assertTrue(svg.contains(CrowdedScene.EMPHASISED_LABEL), "the emphasised label stays");
        assertEquals(svg, pdf);
        assertEquals(svg, pngLabels);
    }

    private static Set<String> present(Set<String> labels, java.util.function.Predicate<String> in) {
        Set<String> out = new TreeSet<>();
        for (String label : labels) {
            if (in.test(label)) {
                out.add(label);
            }
        }
        return out;
    }
}
