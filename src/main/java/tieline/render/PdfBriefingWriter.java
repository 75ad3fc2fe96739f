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
 * Writes a briefing as a vector PDF (PDFBox with the pdfbox-graphics2d bridge): one page, and
 * when the footer cannot hold every source cable, pages that list them all. The
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
            addPage(document, size, textDrawer, g -> painter.paint(g, scene, page));
            SourcesAppendixPainter appendix = new SourcesAppendixPainter(fonts);
            int extra = appendix.pageCount(scene, page);
            for (int i = 0; i < extra; i++) {
                int index = i;
                addPage(document, size, textDrawer, g -> appendix.paint(g, scene, page, index));
            }
            describe(document, scene);
            document.save(out);
        }
    }

    private static void addPage(PDDocument document, PDRectangle size, PdfBoxGraphics2DFontTextDrawer textDrawer,
                                java.util.function.Consumer<java.awt.Graphics2D> paint) throws IOException {
        PDPage pdfPage = new PDPage(size);
        document.addPage(pdfPage);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, size.getWidth(), size.getHeight());
        g.setFontTextDrawer(textDrawer);
        try {
            paint.accept(g);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            content.drawForm(form);
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
        info.setTitle(scene.marking().bannerText() + " - " + scene.title());
        info.setSubject(scene.subtitle());
        info.setCreator("Tieline");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(scene.generatedOn().getYear(), scene.generatedOn().getMonthValue() - 1,
                scene.generatedOn().getDayOfMonth());
        info.setCreationDate(created);
    }
}
