package tieline.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads written briefings back for tests: the text each format carries. */
public final class ReadBack {

    private ReadBack() {
    }

    /** Parses SVG without loading any DTD or external entity. */
    public static Document svg(byte[] bytes) throws Exception {
        return tieline.export.SecureXml.parse(bytes);
    }

    /** The content of every {@code <text>} element of an SVG, in document order. */
    public static List<String> svgTexts(byte[] bytes) throws Exception {
        NodeList texts = svg(bytes).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    /** The text PDFBox extracts from a PDF, in reading order (top to bottom, left to right). */
    public static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The text of every text shape on every slide. */
    public static List<String> pptxTexts(byte[] bytes) throws Exception {
        List<String> out = new ArrayList<>();
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        out.add(text.getText());
                    }
                }
            }
        }
        return out;
    }
}
