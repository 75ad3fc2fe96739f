package tieline.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement: labels are taken in order of importance (mandatory ones first,
 * then by priority) and each is put at the first of a ring of candidate positions around
 * its anchor that stays inside the bounds and overlaps neither a label already placed nor
 * another obstacle (the other nodes). The first ring touches the anchor; two wider rings are
 * tried next (such labels get a leader line). A label with no free position is dropped,
 * unless it is mandatory: then it goes where it overlaps least.
 */
final class LabelPlacer {

    /**
     * A label that wants a place.
     *
     * @param key       what the label belongs to (a node id)
     * @param text      the label text
     * @param anchor    the bounds of the thing labelled
     * @param width     label box width
     * @param height    label box height
     * @param mandatory never dropped (emphasised nodes)
     * @param priority  higher is placed earlier
     */
    record Request(String key, String text, Rectangle2D anchor, double width, double height, boolean mandatory,
                   double priority) {
    }

    /** A label and the box it got; {@code detached} when it sits away from its anchor (needs a leader line). */
    record Placement(Request request, Rectangle2D box, boolean detached) {
    }

    private static final double GAP = 1.5;
    private static final double[] RINGS = {GAP, GAP + 6, GAP + 14};
    private static final double[][] DIRECTIONS = {
        {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};

    private LabelPlacer() {
    }

    /**
     * Places labels.
     *
     * @param requests  the labels
     * @param obstacles boxes labels must not cover (each request's own anchor is allowed to touch)
     * @param bounds    the area labels must stay inside
     */
    static List<Placement> place(List<Request> requests, List<Rectangle2D> obstacles, Rectangle2D bounds) {
        List<Request> order = new ArrayList<>(requests);
        order.sort(Comparator.comparing(Request::mandatory).reversed()
                .thenComparing(Comparator.comparingDouble(Request::priority).reversed())
                .thenComparing(Request::text));
        BoxIndex taken = new BoxIndex(bounds, 24);
        obstacles.forEach(taken::add);
        List<Placement> placed = new ArrayList<>();
        for (Request r : order) {
            Candidate best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (Candidate candidate : candidates(r, bounds)) {
                double overlap = taken.overlapArea(candidate.box(), r.anchor());
                if (overlap == 0) {
                    best = candidate;
                    bestOverlap = 0;
                    break;
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = candidate;
                }
            }
            if (best != null && (bestOverlap == 0 || r.mandatory())) {
                placed.add(new Placement(r, best.box(), best.ring() > 0));
                taken.add(best.box());
            }
        }
        return placed;
    }

    private record Candidate(Rectangle2D box, int ring) {
    }

    private static List<Candidate> candidates(Request r, Rectangle2D bounds) {
        List<Candidate> list = new ArrayList<>();
        Rectangle2D a = r.anchor();
        for (int ring = 0; ring < RINGS.length; ring++) {
            double distance = RINGS[ring];
            for (double[] d : DIRECTIONS) {
                double x = d[0] > 0 ? a.getMaxX() + distance
                        : d[0] < 0 ? a.getX() - distance - r.width() : a.getCenterX() - r.width() / 2;
                double y = d[1] > 0 ? a.getMaxY() + distance
                        : d[1] < 0 ? a.getY() - distance - r.height() : a.getCenterY() - r.height() / 2;
                Rectangle2D box = new Rectangle2D.Double(x, y, r.width(), r.height());
                if (bounds.contains(box)) {
                    list.add(new Candidate(box, ring));
                }
            }
        }
        if (list.isEmpty()) {
            list.add(new Candidate(clamped(new Rectangle2D.Double(a.getMaxX() + GAP, a.getCenterY() - r.height() / 2,
                    r.width(), r.height()), bounds), 1));
        }
        return list;
    }

    private static Rectangle2D clamped(Rectangle2D box, Rectangle2D bounds) {
        double x = Math.max(bounds.getX(), Math.min(box.getX(), bounds.getMaxX() - box.getWidth()));
        double y = Math.max(bounds.getY(), Math.min(box.getY(), bounds.getMaxY() - box.getHeight()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
    }
}
