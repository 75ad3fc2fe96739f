package tieline.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement: labels are taken in order of importance (mandatory ones first,
 * then by priority) and each is put at the first of a ring of candidate positions around
 * its anchor that stays inside the bounds and overlaps neither a label already placed nor
 * another obstacle (the other nodes). Each ring has sixteen positions (sides, corners and
 * half-way between); the first ring touches the anchor, three wider rings are tried next
 * (such labels get a leader line). On each ring a long label is tried on one line, then
 * wrapped on two. A label with no free position is dropped,
 * unless it is mandatory: then it goes where it overlaps least.
 */
final class LabelPlacer {

    /** The size of one way of setting a label (on one line, or wrapped on two). */
    record Size(double width, double height) {
    }

    /**
     * A label that wants a place.
     *
     * @param key       what the label belongs to (a node id)
     * @param text      the label text
     * @param anchor    the bounds of the thing labelled
     * @param sizes     the ways the label can be set, preferred first
     * @param mandatory never dropped (emphasised nodes)
     * @param priority  higher is placed earlier
     */
    record Request(String key, String text, Rectangle2D anchor, List<Size> sizes, boolean mandatory,
                   double priority) {

        Request {
            sizes = List.copyOf(sizes);
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("a label needs at least one size: " + key);
            }
        }

        /** A label with one way of setting it. */
        Request(String key, String text, Rectangle2D anchor, double width, double height, boolean mandatory,
                double priority) {
            this(key, text, anchor, List.of(new Size(width, height)), mandatory, priority);
        }
    }

    /**
     * A label and the box it got.
     *
     * @param request  the label
     * @param box      where it goes
     * @param size     which of the request's sizes was used
     * @param detached it sits away from its anchor and needs a leader line
     */
    record Placement(Request request, Rectangle2D box, int size, boolean detached) {
    }

    private static final double GAP = 1.5;
    private static final double[] RINGS = {GAP, GAP + 6, GAP + 14, GAP + 26};
    private static final double[][] DIRECTIONS = {
        {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1},
        {0.5, -1}, {-0.5, -1}, {0.5, 1}, {-0.5, 1}, {1, -0.5}, {1, 0.5}, {-1, -0.5}, {-1, 0.5}};

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
                placed.add(new Placement(r, best.box(), best.size(), best.ring() > 0));
                taken.add(best.box());
            }
        }
        return placed;
    }

    private record Candidate(Rectangle2D box, int size, int ring) {
    }

    private static List<Candidate> candidates(Request r, Rectangle2D bounds) {
        List<Candidate> list = new ArrayList<>();
        Rectangle2D a = r.anchor();
        for (int ring = 0; ring < RINGS.length; ring++) {
            double distance = RINGS[ring];
            for (int size = 0; size < r.sizes().size(); size++) {
                Size shape = r.sizes().get(size);
                for (double[] d : DIRECTIONS) {
                    double x = horizontal(d[0], a, distance, shape.width());
                    double y = vertical(d[1], a, distance, shape.height());
                    Rectangle2D box = new Rectangle2D.Double(x, y, shape.width(), shape.height());
                    if (bounds.contains(box)) {
                        list.add(new Candidate(box, size, ring));
                    }
                }
            }
        }
        if (list.isEmpty()) {
            Size first = r.sizes().get(0);
            list.add(new Candidate(clamped(new Rectangle2D.Double(a.getMaxX() + GAP,
                    a.getCenterY() - first.height() / 2, first.width(), first.height()), bounds), 0, 1));
        }
        return list;
    }

    /**
     * Left edge of a label box: right of the anchor (1), left of it (-1), centred (0), or for
     * the in-between directions (0.5, -0.5) starting or ending at the anchor's centre.
     */
    private static double horizontal(double dx, Rectangle2D a, double distance, double width) {
        if (dx == 1) {
            return a.getMaxX() + distance;
        }
        if (dx == -1) {
            return a.getX() - distance - width;
        }
        if (dx == 0.5) {
            return a.getCenterX();
        }
        if (dx == -0.5) {
            return a.getCenterX() - width;
        }
        return a.getCenterX() - width / 2;
    }

    /** Top edge of a label box: below (1), above (-1), centred (0), or half-way (0.5, -0.5). */
    private static double vertical(double dy, Rectangle2D a, double distance, double height) {
        if (dy == 1) {
            return a.getMaxY() + distance;
        }
        if (dy == -1) {
            return a.getY() - distance - height;
        }
        if (dy == 0.5) {
            return a.getCenterY();
        }
        if (dy == -0.5) {
            return a.getCenterY() - height;
        }
        return a.getCenterY() - height / 2;
    }

    private static Rectangle2D clamped(Rectangle2D box, Rectangle2D bounds) {
        double x = Math.max(bounds.getX(), Math.min(box.getX(), bounds.getMaxX() - box.getWidth()));
        double y = Math.max(bounds.getY(), Math.min(box.getY(), bounds.getMaxY() - box.getHeight()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
    }
}
