package tieline.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieline.briefing.BriefingScene;
import tieline.briefing.SceneEdge;
import tieline.briefing.SceneNode;

/**
 * Paints the relationship network: the layout fitted into the area (uniform scale, so the
 * shape of the layout is kept), edges coloured by strongest type and as wide as their
 * evidence, nodes by type, and labels placed without overlaps (long names may wrap on two
 * lines where one line does not fit). Nodes shrink when there are too many for the area. When something is emphasised,
 * everything else is faded so the selection reads first.
 */
final class NetworkPainter implements DiagramPainter {

    private static final double FADE = 0.6;
    private static final int WRAP_FROM = 16;
    private static final double MAX_NODE_COVER = 0.12;
    private static final double MIN_SIZE_SCALE = 0.15;
    private static final double MIN_WIDTH_SCALE = 0.3;
    private static final int MAX_LABELS = 300;

    @Override
    public void paint(PaintSurface s, BriefingScene scene, Rectangle2D area) {
        if (scene.nodes().isEmpty()) {
            EmptyPicture.paint(s, area, "Nothing to show under this ceiling and these filters.");
            return;
        }
        double size = sizeScale(scene.nodes(), area);
        Map<String, Point2D> at = fit(scene.nodes(), area, size);
        boolean anyEmphasis = scene.nodes().stream().anyMatch(SceneNode::emphasised)
                || scene.edges().stream().anyMatch(SceneEdge::emphasised);
        paintEdges(s, scene, at, anyEmphasis, Math.max(MIN_WIDTH_SCALE, size));
        paintNodes(s, scene, at, anyEmphasis, size);
        paintLabels(s, scene, at, area, size);
    }

    /**
     * How much to shrink nodes so that together they cover at most a set share of the area: a
     * network of thousands of entities still shows its shape instead of one blot.
     */
    static double sizeScale(List<SceneNode> nodes, Rectangle2D area) {
        double discs = 0;
        for (SceneNode n : nodes) {
            discs += Math.PI * n.radius() * n.radius();
        }
        double room = area.getWidth() * area.getHeight() * MAX_NODE_COVER;
        return discs <= room ? 1 : Math.max(MIN_SIZE_SCALE, Math.sqrt(room / discs));
    }

    /**
     * Maps layout coordinates into the area (uniform scale, leaving room for node size and labels),
     * then moves apart nodes that would be drawn on top of each other.
     */
    static Map<String, Point2D> fit(List<SceneNode> nodes, Rectangle2D area, double size) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double maxRadius = 0;
        for (SceneNode n : nodes) {
            minX = Math.min(minX, n.x());
            maxX = Math.max(maxX, n.x());
            minY = Math.min(minY, n.y());
            maxY = Math.max(maxY, n.y());
            maxRadius = Math.max(maxRadius, n.radius() * size);
        }
        double padX = maxRadius + Math.min(60, area.getWidth() * 0.08);
        double padY = maxRadius + 12;
        double w = Math.max(1, area.getWidth() - 2 * padX);
        double h = Math.max(1, area.getHeight() - 2 * padY);
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(spanX > 0 ? w / spanX : Double.MAX_VALUE, spanY > 0 ? h / spanY : Double.MAX_VALUE);
        if (scale == Double.MAX_VALUE) {
            scale = 1;
        }
        double offsetX = area.getX() + padX + (w - spanX * scale) / 2;
        double offsetY = area.getY() + padY + (h - spanY * scale) / 2;
        Map<String, Point2D> at = new HashMap<>();
        List<Point2D> points = new ArrayList<>();
        double[] radii = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            SceneNode n = nodes.get(i);
            Point2D p = new Point2D.Double(offsetX + (n.x() - minX) * scale, offsetY + (n.y() - minY) * scale);
            at.put(n.id(), p);
            points.add(p);
            radii[i] = n.radius() * size * 1.1;
        }
        NodeSpacing.spread(points, radii, area);
        return at;
    }

    private static void paintEdges(PaintSurface s, BriefingScene scene, Map<String, Point2D> at, boolean anyEmphasis,
                                   double widthScale) {
        List<SceneEdge> edges = new ArrayList<>(scene.edges());
        edges.sort(Comparator.comparing(SceneEdge::emphasised).thenComparingDouble(SceneEdge::width));
        for (SceneEdge e : edges) {
            Color colour = TypePalette.relationColour(e.strongestType());
            if (anyEmphasis && !e.emphasised()) {
                colour = TypePalette.faded(colour, FADE);
            }
            s.stroke(new Line2D.Double(at.get(e.sourceId()), at.get(e.targetId())), colour, e.width() * widthScale);
        }
    }

    private static void paintNodes(PaintSurface s, BriefingScene scene, Map<String, Point2D> at, boolean anyEmphasis,
                                   double size) {
        List<SceneNode> nodes = new ArrayList<>(scene.nodes());
        nodes.sort(Comparator.comparing(SceneNode::emphasised).thenComparingDouble(SceneNode::radius));
        for (SceneNode n : nodes) {
            Point2D p = at.get(n.id());
            Shape shape = TypePalette.nodeShape(n.type(), p.getX(), p.getY(), n.radius() * size);
            Color fill = TypePalette.entityColour(n.type());
            if (anyEmphasis && !n.emphasised()) {
                fill = TypePalette.faded(fill, FADE * 0.8);
            }
            s.fill(shape, fill);
            if (n.emphasised()) {
                s.stroke(shape, BriefingStyle.INK, 1.6);
            } else {
                s.stroke(shape, Color.WHITE, 0.7 * size);
            }
        }
    }

    private static void paintLabels(PaintSurface s, BriefingScene scene, Map<String, Point2D> at, Rectangle2D area,
                                    double size) {
        Font normal = s.fonts().regular(BriefingStyle.LABEL_FONT);
        Font strong = s.fonts().bold(BriefingStyle.EMPHASISED_LABEL_FONT);
        List<LabelPlacer.Request> requests = new ArrayList<>();
        List<Rectangle2D> obstacles = new ArrayList<>();
        Map<String, List<List<String>>> settings = new HashMap<>();
        List<SceneNode> candidates = labelCandidates(scene.nodes());
        for (SceneNode n : scene.nodes()) {
            obstacles.add(nodeBounds(n, at.get(n.id()), size));
        }
        for (SceneNode n : candidates) {
            Rectangle2D bounds = nodeBounds(n, at.get(n.id()), size);
            Font font = n.emphasised() ? strong : normal;
            List<List<String>> ways = ways(n.label());
            settings.put(n.id(), ways);
            List<LabelPlacer.Size> sizes = new ArrayList<>();
            for (List<String> lines : ways) {
                double width = 0;
                for (String line : lines) {
                    width = Math.max(width, TextMetrics.width(font, line));
                }
                sizes.add(new LabelPlacer.Size(width + 2, TextMetrics.lineHeight(font) * lines.size()));
            }
            requests.add(new LabelPlacer.Request(n.id(), n.label(), bounds, sizes, n.emphasised(), n.radius()));
        }
        Map<String, SceneNode> byId = scene.nodesById();
        for (LabelPlacer.Placement p : LabelPlacer.place(requests, obstacles, area)) {
            SceneNode n = byId.get(p.request().key());
            Font font = n.emphasised() ? strong : normal;
            Rectangle2D box = p.box();
            if (p.detached()) {
                paintLeader(s, at.get(n.id()), n.radius() * size, box);
            }
            s.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 3, 3),
                    BriefingStyle.LABEL_BACKGROUND);
            List<String> lines = settings.get(n.id()).get(p.size());
            double line = TextMetrics.lineHeight(font);
            for (int i = 0; i < lines.size(); i++) {
                double baseline = box.getY() + i * line
                        + (line + TextMetrics.ascent(font) - TextMetrics.descent(font)) / 2;
                s.text(lines.get(i), font, BriefingStyle.INK, box.getX() + 1, baseline, TextRole.LABEL);
            }
        }
    }

    /** A label on one line, and for long names also split in two at the space nearest the middle. */
    static List<List<String>> ways(String label) {
        List<List<String>> ways = new ArrayList<>();
        ways.add(List.of(label));
        if (label.length() >= WRAP_FROM) {
            int best = -1;
            for (int i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
                if (best < 0 || Math.abs(i - label.length() / 2) < Math.abs(best - label.length() / 2)) {
                    best = i;
                }
            }
            if (best > 0) {
                ways.add(List.of(label.substring(0, best), label.substring(best + 1)));
            }
        }
        return ways;
    }

    /** A hairline from the node's rim to the nearest point of its detached label. */
    private static void paintLeader(PaintSurface s, Point2D node, double radius, Rectangle2D box) {
        double tx = Math.max(box.getX(), Math.min(node.getX(), box.getMaxX()));
        double ty = Math.max(box.getY(), Math.min(node.getY(), box.getMaxY()));
        double d = Math.hypot(tx - node.getX(), ty - node.getY());
        if (d <= radius + 1) {
            return;
        }
        double sx = node.getX() + (tx - node.getX()) / d * radius;
        double sy = node.getY() + (ty - node.getY()) / d * radius;
        s.stroke(new Line2D.Double(sx, sy, tx, ty), BriefingStyle.MUTED, 0.4);
    }

    /**
     * The nodes that may get a label: every emphasised one and the largest others, up to a
     * number no page can show more of (placing thousands would only be slow).
     */
    private static List<SceneNode> labelCandidates(List<SceneNode> nodes) {
        if (nodes.size() <= MAX_LABELS) {
            return nodes;
        }
        List<SceneNode> ranked = new ArrayList<>(nodes);
        ranked.sort(Comparator.comparing(SceneNode::emphasised).reversed()
                .thenComparing(Comparator.comparingDouble(SceneNode::radius).reversed())
                .thenComparing(SceneNode::label));
        List<SceneNode> out = new ArrayList<>();
        for (SceneNode n : ranked) {
            if (n.emphasised() || out.size() < MAX_LABELS) {
                out.add(n);
            }
        }
        return out;
    }

    private static Rectangle2D nodeBounds(SceneNode n, Point2D p, double size) {
        double r = n.radius() * size * 1.1;
        return new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
    }
}
