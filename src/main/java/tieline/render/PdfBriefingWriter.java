package tieline.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import tieline.briefing.BriefingScene;

/**
 * Writes a briefing as a one-page vector PDF (PDFBox with the pdfbox-graphics2d bridge). The
 * DejaVu Sans faces used for measuring are embedded (subset) and drawn as real text, so the
 * PDF prints identically anywhere and its text can be extracted and searched.
 */
public final class PdfBriefingWriter implements BriefingWriter {

    private final Page page;
    private final BriefingPainter painter;

    public PdfBriefingWriter(Page page) {
        this(page, new BriefingPainter());
    }

    public PdfBriefingWriter(Page page, BriefingPainter painter) {
        this.page = page;
        this.painter = painter;
    }

    @Override
    public void write(BriefingScene scene, OutputStream out) throws IOException {
        BriefingFonts fonts = BriefingFonts.shared();
        try (TrueTypeFont regular = parse(fonts.regularData());
             TrueTypeFont bold = parse(fonts.boldData());
             PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer()) {
            textDrawer.registerFont(fonts.regularName(), PDType0Font.load(document, regular, true));
            textDrawer.registerFont(fonts.boldName(), PDType0Font.load(document, bold, true));

            PDRectangle size = new PDRectangle((float) page.width(), (float) page.height());
            PDPage pdfPage = new PDPage(size);
            document.addPage(pdfPage);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, size.getWidth(), size.getHeight());
            g.setFontTextDrawer(textDrawer);
            try {
                painter.paint(g, scene, page);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.drawForm(form);
            }
            describe(document, scene);
            document.save(out);
        }
    }

    /**
     * Reads a font with glyph substitution off: PDFBox would otherwise set "ff" or "fi" as one
     * ligature glyph, which changes widths from what was measured and breaks text extraction
     * ("Affairs" would come back with U+FB00).
     */
    private static TrueTypeFont parse(InputStream data) throws IOException {
        try (InputStream in = data) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        }
    }

    private static void describe(PDDocument document, BriefingScene scene) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(scene.marking().banner().bannerText() + " - " + scene.title());
        info.setSubject(scene.subtitle());
        info.setCreator("Tieline");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(scene.generatedOn().getYear(), scene.generatedOn().getMonthValue() - 1,
                scene.generatedOn().getDayOfMonth());
        info.setCreationDate(created);
    }
}
