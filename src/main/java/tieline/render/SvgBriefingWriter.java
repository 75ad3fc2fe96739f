package tieline.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import tieline.briefing.BriefingScene;

/**
 * Writes a briefing as SVG (JFreeSVG): vector shapes, and every label, title and banner as a
 * {@code <text>} element, so the file scales cleanly and its text can be searched and edited.
 */
public final class SvgBriefingWriter implements BriefingWriter {

    private final Page page;
    private final BriefingPainter painter;

    public SvgBriefingWriter(Page page) {
        this(page, new BriefingPainter());
    }

    public SvgBriefingWriter(Page page, BriefingPainter painter) {
        this.page = page;
        this.painter = painter;
    }

    @Override
    public void write(BriefingScene scene, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(page.width(), page.height(), SVGUnits.PT);
        String family = BriefingFonts.shared().family();
        g.setDefsKeyPrefix("briefing");
        g.setFontFunction(name -> name.equals(family) ? family + ", Verdana, Arial, sans-serif" : name);
        painter.paint(g, scene, page);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(g.getSVGElement(null, true, new ViewBox(0, 0, page.width(), page.height()), null, null));
        writer.write("\n");
        writer.flush();
    }
}
