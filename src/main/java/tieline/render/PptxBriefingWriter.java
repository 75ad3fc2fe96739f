package tieline.render;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import tieline.briefing.BriefingScene;
import tieline.briefing.SourceCable;

/**
 * Writes a briefing as one 16:9 PowerPoint slide (Apache POI). The shapes, lines and colour
 * bars are one picture painted by the same painter as every other format; every piece of text
 * (banners, title, labels, legend, footer) is laid over it as a real text box, the banners as
 * filled bars in the marking colour. The speaker notes hold the full source list and the
 * authority block.
 */
public final class PptxBriefingWriter implements BriefingWriter {

    /** Resolution of the slide picture: sharp on a projector and when printed. */
    static final int PICTURE_DPI = 200;

    private final Page page = Page.WIDESCREEN;

    @Override
    public void write(BriefingScene scene, OutputStream out) throws IOException {
        BriefingFonts fonts = BriefingFonts.shared();
        double scale = PICTURE_DPI / 72.0;
        AffineTransform pageToPixels = AffineTransform.getScaleInstance(scale, scale);
        CollectedText text = new CollectedText(pageToPixels);
        BufferedImage picture = new BufferedImage(page.pixelWidth(PICTURE_DPI), page.pixelHeight(PICTURE_DPI),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.transform(pageToPixels);
            new BriefingPainter(fonts, text).paint(g, scene, page);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngBriefingWriter.writePng(picture, PICTURE_DPI, png);

        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) page.width(), (int) page.height()));
            XSLFSlide slide = show.createSlide();
            XSLFPictureData data = show.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
            XSLFPictureShape shape = slide.createPicture(data);
            shape.setAnchor(new Rectangle2D.Double(0, 0, page.width(), page.height()));
            ((CTPicture) shape.getXmlObject()).getNvPicPr().getCNvPr().setName("Briefing diagram");
            FrameLayout layout = FrameLayout.compute(scene, page, fonts);
            for (CollectedText.Run run : text.runs()) {
                if (run.role() == TextRole.BANNER) {
                    addBanner(slide, run, nearer(run, layout.topBanner(), layout.bottomBanner()), scene, fonts);
                } else {
                    addText(slide, run, fonts);
                }
            }
            writeNotes(show, slide, scene);
            show.write(out);
        }
    }

    private static Rectangle2D nearer(CollectedText.Run run, Rectangle2D top, Rectangle2D bottom) {
        return Math.abs(run.baseline() - top.getCenterY()) <= Math.abs(run.baseline() - bottom.getCenterY())
                ? top : bottom;
    }

    private static void addBanner(XSLFSlide slide, CollectedText.Run run, Rectangle2D bar, BriefingScene scene,
                                  BriefingFonts fonts) {
        XSLFTextBox box = slide.createTextBox();
        name(box, "Classification banner");
        box.setAnchor(bar);
        box.setFillColor(MarkingColours.background(scene.marking().banner()));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
        XSLFTextParagraph paragraph = firstParagraph(box);
        paragraph.setTextAlign(TextParagraph.TextAlign.CENTER);
        style(firstRun(paragraph), run, fonts);
    }

    private static void addText(XSLFSlide slide, CollectedText.Run run, BriefingFonts fonts) {
        XSLFTextBox box = slide.createTextBox();
        name(box, shapeName(run.role()));
        double ascent = TextMetrics.ascent(run.font());
        double width = TextMetrics.width(run.font(), run.text());
        box.setAnchor(new Rectangle2D.Double(run.x(), run.baseline() - ascent, width * 1.04 + 2,
                TextMetrics.lineHeight(run.font())));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setTextAutofit(TextShape.TextAutofit.NONE);
        style(firstRun(firstParagraph(box)), run, fonts);
    }

    private static void name(XSLFTextBox box, String name) {
        ((CTShape) box.getXmlObject()).getNvSpPr().getCNvPr().setName(name);
    }

    private static XSLFTextParagraph firstParagraph(XSLFTextBox box) {
        List<XSLFTextParagraph> paragraphs = box.getTextParagraphs();
        return paragraphs.isEmpty() ? box.addNewTextParagraph() : paragraphs.get(0);
    }

    /** The paragraph's first run: a new text box already holds an empty one. */
    private static XSLFTextRun firstRun(XSLFTextParagraph paragraph) {
        List<XSLFTextRun> runs = paragraph.getTextRuns();
        return runs.isEmpty() ? paragraph.addNewTextRun() : runs.get(0);
    }

    private static void style(XSLFTextRun r, CollectedText.Run run, BriefingFonts fonts) {
        r.setText(run.text());
        r.setFontFamily(fonts.family());
        r.setFontSize((double) Math.round(run.font().getSize2D() * 2) / 2.0);
        r.setBold(fonts.isBold(run.font()));
        r.setFontColor(run.colour());
    }

    private static String shapeName(TextRole role) {
        return switch (role) {
            case BANNER -> "Classification banner";
            case TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case LABEL -> "Label";
            case LEGEND -> "Legend";
            case EVIDENCE -> "Evidence";
            case FOOTER -> "Footer";
        };
    }

    private static void writeNotes(XMLSlideShow show, XSLFSlide slide, BriefingScene scene) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(notesText(scene));
                return;
            }
        }
        XSLFTextBox box = notes.createTextBox();
        box.setText(notesText(scene));
    }

    /** The speaker notes: marking, every source cable with its date, the authority block. */
    static String notesText(BriefingScene scene) {
        StringBuilder sb = new StringBuilder();
        sb.append(scene.marking().bannerText()).append('\n');
        sb.append(scene.title()).append('\n');
        if (!scene.subtitle().isBlank()) {
            sb.append(scene.subtitle()).append('\n');
        }
        sb.append('\n').append("Sources (").append(scene.sources().size()).append("):\n");
        for (SourceCable source : scene.sources()) {
            sb.append(source.describe()).append('\n');
        }
        if (scene.marking().isClassified()) {
            sb.append('\n').append(scene.marking().derivedFromText()).append('\n');
            sb.append(scene.marking().declassifyOnText()).append('\n');
        }
        sb.append("Generated ").append(scene.generatedOn()).append(" by Tieline");
        return sb.toString();
    }
}
