package tieline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieline.briefing.BriefingKind;
import tieline.briefing.BriefingScene;
import tieline.briefing.Legend;
import tieline.briefing.SecurityMarking;
import tieline.cable.Classification;

class BriefingPainterTest {

    private static final Page LETTER = Page.of(PaperSize.LETTER, true);

    private static List<CollectedText.Run> runs(BriefingScene scene, Page page) {
        CollectedText text = new CollectedText(new AffineTransform());
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new BriefingPainter(BriefingFonts.shared(), text).paint(g, scene, page);
        g.dispose();
        return text.runs();
    }

    private static BriefingScene marked(String marking) {
        Classification c = Classification.parse(marking);
        return new BriefingScene(BriefingKind.NETWORK, "Marked", "", new SecurityMarking(c, List.of("08BAKU73"),
                LocalDate.of(2018, 1, 29)), new Legend(List.of(), List.of()), List.of(), SampleScenes.GENERATED,
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void bannerColoursFollowTheMarking() {
        BriefingPainter painter = new BriefingPainter();
        assertEquals(new Color(0x007A33), topBanner(painter.preview(marked("U"), LETTER, 792)));
        assertEquals(new Color(0x007A33), topBanner(painter.preview(marked("SBU"), LETTER, 792)));
        assertEquals(new Color(0x0033A0), topBanner(painter.preview(marked("C"), LETTER, 792)));
        assertEquals(new Color(0xC8102E), topBanner(painter.preview(marked("S/NF"), LETTER, 792)));
        assertEquals(new Color(0xFF8C00), topBanner(painter.preview(marked("TS"), LETTER, 792)));
    }

    private static Color topBanner(BufferedImage image) {
        return new Color(image.getRGB(30, 20));
    }

    @Test
    void previewKeepsThePageProportionsAndMargins() {
        BufferedImage image = new BriefingPainter().preview(SampleScenes.network(), LETTER, 600);
        assertEquals(600, image.getWidth());
        assertEquals(464, image.getHeight());
        assertEquals(Color.WHITE, new Color(image.getRGB(2, 2)));
        assertEquals(Color.WHITE, new Color(image.getRGB(597, 461)));
    }

    @Test
    void bannersTopAndBottomCarryTheMarkingInsideTheirBars() {
        List<CollectedText.Run> banners = runs(SampleScenes.network(), LETTER).stream()
                .filter(r -> r.role() == TextRole.BANNER).toList();
        assertEquals(2, banners.size());
        for (CollectedText.Run r : banners) {
            assertEquals("CONFIDENTIAL", r.text());
            assertEquals(Color.WHITE, r.colour());
        }
        assertTrue(banners.get(0).baseline() < 40 && banners.get(0).baseline() > 18);
        assertTrue(banners.get(1).baseline() > 612 - 36 && banners.get(1).baseline() < 612 - 18);
    }

    @Test
    void everyTextIsReadableAndOnThePage() {
        for (BriefingScene scene : List.of(SampleScenes.network(), SampleScenes.timeline(), SampleScenes.path(),
                CrowdedScene.of(80))) {
            for (Page page : List.of(LETTER, Page.of(PaperSize.A4, false), Page.WIDESCREEN)) {
                Rectangle2D inside = new Rectangle2D.Double(0, 0, page.width(), page.height());
                for (CollectedText.Run r : runs(scene, page)) {
                    assertTrue(r.font().getSize2D() >= 6.5f, r.text() + " is " + r.font().getSize2D() + " pt");
                    double width = TextMetrics.width(r.font(), r.text());
                    Rectangle2D box = new Rectangle2D.Double(r.x(), r.baseline() - TextMetrics.ascent(r.font()),
                            width, TextMetrics.lineHeight(r.font()));
                    assertTrue(inside.contains(box), scene.kind() + " on " + page.name() + ": '" + r.text()
                            + "' leaves the page at " + box);
                }
            }
        }
    }

    @Test
    void networkLabelsDoNotOverlapEachOther() {
        List<CollectedText.Run> labels = runs(CrowdedScene.of(80), LETTER).stream()
                .filter(r -> r.role() == TextRole.LABEL).toList();
        assertTrue(labels.size() > 10);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertTrue(!box(labels.get(i)).intersects(box(labels.get(j))),
                        labels.get(i).text() + " overlaps " + labels.get(j).text());
            }
        }
    }

    private static Rectangle2D box(CollectedText.Run r) {
        return new Rectangle2D.Double(r.x(), r.baseline() - TextMetrics.ascent(r.font()),
                TextMetrics.width(r.font(), r.text()), TextMetrics.ascent(r.font()) + TextMetrics.descent(r.font()));
    }

    @Test
    void authorityBlockAppearsOnlyOnClassifiedBriefings() {
        List<String> classified = runs(marked("C"), LETTER).stream().map(CollectedText.Run::text).toList();
        assertTrue(classified.contains("Derived from: 08BAKU73"), classified.toString());
        assertTrue(classified.contains("Declassify on: 2018-01-29"));
        List<String> unclassified = runs(SampleScenes.unclassifiedNetwork(), LETTER).stream()
                .map(CollectedText.Run::text).toList();
        assertTrue(unclassified.stream().noneMatch(t -> t.startsWith("Derived from") || t.startsWith("Declassify")));
        assertTrue(unclassified.contains("Generated 2024-03-01 by Tieline"));
    }

    @Test
    void anEmptyPictureSaysSo() {
        List<String> texts = runs(marked("U"), LETTER).stream().map(CollectedText.Run::text).toList();
        assertTrue(texts.contains("Nothing to show under this ceiling and these filters."), texts.toString());
    }

    @Test
    void legendNamesOnlyTheTypesPresent() {
        List<String> legend = runs(SampleScenes.unclassifiedNetwork(), LETTER).stream()
                .filter(r -> r.role() == TextRole.LEGEND).map(CollectedText.Run::text).toList();
        assertTrue(legend.contains("Person") && legend.contains("Met"), legend.toString());
        assertTrue(!legend.contains("Organization") && !legend.contains("Discussed"), legend.toString());
    }

    @Test
    void nodesShrinkWhenTooManyForTheAreaAndOnlyThen() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        assertEquals(1.0, NetworkPainter.sizeScale(SampleScenes.network().nodes(), area));
        List<tieline.briefing.SceneNode> many = CrowdedScene.of(3000).nodes();
        double scale = NetworkPainter.sizeScale(many, area);
        assertTrue(scale < 0.5 && scale >= 0.15, "scale " + scale);
        double covered = many.stream().mapToDouble(n -> Math.PI * Math.pow(n.radius() * scale, 2)).sum();
        assertTrue(covered <= 600 * 400 * 0.12 + 1e-6, "nodes cover " + covered);
    }

    @Test
    void aVeryLargeNetworkStillLabelsItsEmphasisedNode() {
        List<String> labels = runs(CrowdedScene.of(2000), LETTER).stream().filter(r -> r.role() == TextRole.LABEL)
                .map(CollectedText.Run::text).toList();
        assertTrue(labels.contains(CrowdedScene.EMPHASISED_LABEL));
        assertTrue(labels.size() <= 301, "labels are capped: " + labels.size());
    }
}
