package tieline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tieline.briefing.BriefingScene;
import tieline.briefing.PathStep;
import tieline.briefing.SceneEvidence;
import tieline.briefing.SceneNode;

/**
 * Paints a path picture: the entities of the path left to right joined by their
 * relationships (colour by strongest type, with the type and evidence count over each link),
 * and under it the evidence for every hop under a heading per hop, each hop quoting as many
 * pieces as the space allows for all hops alike.
 */
final class PathPainter implements DiagramPainter {

    private static final double NODE_RADIUS = 10;
    private static final double MAX_LABEL_WIDTH = 200;

    @Override
    public void paint(PaintSurface s, BriefingScene scene, Rectangle2D area) {
        if (scene.path().isEmpty()) {
            EmptyPicture.paint(s, area, "No path between these entities under this ceiling and these filters.");
            return;
        }
        Map<String, SceneNode> nodes = scene.nodesById();
        List<SceneNode> chain = new ArrayList<>();
        chain.add(nodes.get(scene.path().get(0).fromId()));
        scene.path().forEach(step -> chain.add(nodes.get(step.toId())));

        Font nameFont = s.fonts().bold(BriefingStyle.EMPHASISED_LABEL_FONT);
        Font typeFont = s.fonts().regular(BriefingStyle.FOOTER_FONT);
        double slot = area.getWidth() / chain.size();
        double labelWidth = Math.min(MAX_LABEL_WIDTH, slot - 8);
        List<List<String>> labels = new ArrayList<>();
        int labelLines = 1;
        for (SceneNode n : chain) {
            List<String> lines = TextMetrics.wrap(nameFont, n.label(), labelWidth, 2);
            labels.add(lines);
            labelLines = Math.max(labelLines, lines.size());
        }
        double chainHeight = 14 + 2 * NODE_RADIUS + 4 + labelLines * TextMetrics.lineHeight(nameFont);

        EvidenceListPainter.Plan plan = plan(scene, nodes, s.fonts(), area.getWidth(),
                area.getHeight() - chainHeight - 14);
        double spare = area.getHeight() - chainHeight - 14 - plan.height();
        double top = area.getY() + Math.max(0, spare * 0.3);
        double cy = top + 14 + NODE_RADIUS;

        double[] xs = new double[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            xs[i] = area.getX() + slot * (i + 0.5);
        }
        for (int i = 0; i < scene.path().size(); i++) {
            PathStep step = scene.path().get(i);
            Color colour = TypePalette.relationColour(step.strongestType());
            s.stroke(new Line2D.Double(xs[i], cy, xs[i + 1], cy), colour, 2.6);
            int count = step.evidence().size();
            String caption = TypePalette.relationName(step.strongestType()) + " \u00b7 " + count
                    + (count == 1 ? " piece of evidence" : " pieces of evidence");
            caption = TextMetrics.fit(typeFont, caption, slot - 2 * NODE_RADIUS - 8);
            s.centredText(caption, typeFont, BriefingStyle.MUTED, (xs[i] + xs[i + 1]) / 2, cy - 6, TextRole.LABEL);
        }
        for (int i = 0; i < chain.size(); i++) {
            SceneNode n = chain.get(i);
            Shape shape = TypePalette.nodeShape(n.type(), xs[i], cy, NODE_RADIUS);
            s.fill(shape, TypePalette.entityColour(n.type()));
            s.stroke(shape, BriefingStyle.INK, 1.2);
            double y = cy + NODE_RADIUS + 4;
            for (String line : labels.get(i)) {
                y += TextMetrics.ascent(nameFont);
                s.centredText(line, nameFont, BriefingStyle.INK, xs[i], y, TextRole.LABEL);
                y += TextMetrics.lineHeight(nameFont) - TextMetrics.ascent(nameFont);
            }
        }
        EvidenceListPainter.paint(s, plan, area.getX(), top + chainHeight + 14);
    }

    /**
     * The evidence list: every hop quotes up to the same number of pieces, the largest number
     * for which the whole list fits (at least one each).
     */
    private static EvidenceListPainter.Plan plan(BriefingScene scene, Map<String, SceneNode> nodes,
                                                 BriefingFonts fonts, double width, double height) {
        int most = scene.path().stream().mapToInt(step -> step.evidence().size()).max().orElse(1);
        int low = 1;
        int high = Math.max(1, most);
        while (low < high) {
            int mid = (low + high + 1) / 2;
            List<EvidenceListPainter.Entry> entries = entries(scene, nodes, mid);
            if (EvidenceListPainter.plan(fonts, entries, width, height, false).shown() == entries.size()) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return EvidenceListPainter.plan(fonts, entries(scene, nodes, low), width, height, false);
    }

    private static List<EvidenceListPainter.Entry> entries(BriefingScene scene, Map<String, SceneNode> nodes,
                                                          int share) {
        List<EvidenceListPainter.Entry> entries = new ArrayList<>();
        int hop = 1;
        for (PathStep step : scene.path()) {
            String from = nodes.get(step.fromId()).label();
            String to = nodes.get(step.toId()).label();
            List<SceneEvidence> evidence = step.evidence();
            String group = hop + ". " + from + " \u2013 " + to + ": " + TypePalette.relationName(step.strongestType())
                    + (evidence.size() > share ? " (" + share + " of " + evidence.size() + " quoted)" : "");
            for (int i = 0; i < evidence.size() && i < share; i++) {
                entries.add(new EvidenceListPainter.Entry(group, from + " \u2013 " + to, evidence.get(i)));
            }
            hop++;
        }
        return entries;
    }
}
