package tieline.ui.graph;

import java.util.Arrays;

/**
 * A software pixel buffer (premultiplied ARGB, one int per pixel) with anti-aliased
 * primitives: lines of any width, discs, rings, convex polygons, rectangles and alpha-mask
 * blits for text. The graph is drawn here and shown as one image, because the JavaFX
 * software pipeline rasterises tens of thousands of canvas path segments far too slowly for
 * interactive frames (measured: over 100 ms for 20k lines; see ADR 0060).
 *
 * <p>Drawing is clipped to the raster and to a rectangle; {@link #band(int, int)} and
 * {@link #region(int, int, int, int)} give views sharing the same pixels, so several threads
 * can draw one frame, each in its own band, and a panned frame can redraw only the strips
 * that came into view, with the same result as drawing it all. Colours are
 * {@code 0xRRGGBB} plus an opacity 0..1.
 */
public final class Raster {

    private int width;
    private int height;
    private int[] pixels;
    private int top;
    private int bottom;
    private int left;
    private int right;
    /** Scratch for a single hairline's walk: each view is drawn by one thread. */
    private HairlineSteps scratchLine;
    /** Scratch for {@link #convexUnder}'s polygon edges: each view is drawn by one thread. */
    private double[] edges = new double[0];

    public Raster(int width, int height) {
        resize(width, height);
    }

    private Raster(Raster whole, int left, int top, int right, int bottom) {
        this.width = whole.width;
        this.height = whole.height;
        this.pixels = whole.pixels;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** Changes the size, keeping the buffer when it is large enough. */
    public void resize(int newWidth, int newHeight) {
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        if (pixels == null || pixels.length < width * height) {
            pixels = new int[width * height];
        }
        top = 0;
        bottom = height;
        left = 0;
        right = width;
    }

    /** A view of rows {@code [from, to)} drawing into the same pixels. */
    public Raster band(int from, int to) {
        return region(left, from, right, to);
    }

    /** A view of the rectangle {@code [x0, x1) x [y0, y1)} drawing into the same pixels. */
    public Raster region(int x0, int y0, int x1, int y1) {
        return new Raster(this, Math.max(0, x0), Math.max(0, y0), Math.min(width, x1), Math.min(height, y1));
    }

    /** True when the view covers no pixel. */
    public boolean isEmpty() {
        return left >= right || top >= bottom;
    }

    /**
     * Moves the whole picture by whole pixels (what was at (x, y) goes to (x + dx, y + dy));
     * the uncovered strips keep stale pixels, to be drawn again.
     */
    public void shift(int dx, int dy) {
        if (Math.abs(dx) >= width || Math.abs(dy) >= height) {
            return;
        }
        int w = width - Math.abs(dx);
        int srcX = Math.max(0, -dx);
        int dstX = Math.max(0, dx);
        if (dy > 0) {
            for (int y = height - 1; y >= dy; y--) {
                System.arraycopy(pixels, (y - dy) * width + srcX, pixels, y * width + dstX, w);
            }
        } else {
            for (int y = 0; y < height + dy; y++) {
                System.arraycopy(pixels, (y - dy) * width + srcX, pixels, y * width + dstX, w);
            }
        }
    }

    /** Copies every pixel into another raster of the same size. */
    public void copyTo(Raster other) {
        System.arraycopy(pixels, 0, other.pixels, 0, width * height);
    }

    /** Copies this view's rectangle into the same place of another raster of the same size. */
    public void copyRegionTo(Raster other) {
        int w = right - left;
        if (w <= 0) {
            return;
        }
        for (int y = top; y < bottom; y++) {
            System.arraycopy(pixels, y * width + left, other.pixels, y * width + left, w);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** First column this raster draws into. */
    public int left() {
        return left;
    }

    /** Column after the last one this raster draws into. */
    public int right() {
        return right;
    }

    /** First row this raster draws into. */
    public int top() {
        return top;
    }

    /** Row after the last one this raster draws into. */
    public int bottom() {
        return bottom;
    }

    /** The pixels, row after row ({@code width} per row), premultiplied ARGB. */
    public int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y) as premultiplied ARGB. */
    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Fills this raster's area with an opaque colour. */
    public void clear(int rgb) {
        int colour = 0xFF000000 | rgb;
        if (left == 0 && right == width) {
            Arrays.fill(pixels, top * width, bottom * width, colour);
            return;
        }
        for (int y = top; y < bottom; y++) {
            Arrays.fill(pixels, y * width + left, y * width + right, colour);
        }
    }

    /**
     * Blends the colour into one pixel with an opacity 0..255: source-over on premultiplied
     * pixels, red/blue and alpha/green handled two channels at a time.
     */
    private void blend(int index, int rgb, int alpha) {
        if (alpha <= 0) {
            return;
        }
        if (alpha >= 255) {
            pixels[index] = 0xFF000000 | rgb;
            return;
        }
        int a = alpha + (alpha >> 7);
        int inv = 256 - a;
        int d = pixels[index];
        int rb = (((rgb & 0x00FF00FF) * a + (d & 0x00FF00FF) * inv) >>> 8) & 0x00FF00FF;
        int ag = ((0x00FF0000 | ((rgb >>> 8) & 0xFF)) * a + ((d >>> 8) & 0x00FF00FF) * inv) & 0xFF00FF00;
        pixels[index] = ag | rb;
    }

    /**
     * {@link #blend} at one alpha worked out beforehand: {@code solid} (an opaque colour, or 0
     * when the alpha is below 255) or the colour's channels times the alpha and
     * {@code inv = 256 - alpha}.
     */
    private void blendSolid(int index, int solid, int srcRb, int srcAg, int inv) {
        if (solid != 0) {
            pixels[index] = solid;
            return;
        }
        int d = pixels[index];
        pixels[index] = ((srcAg + ((d >>> 8) & 0x00FF00FF) * inv) & 0xFF00FF00)
                | (((srcRb + (d & 0x00FF00FF) * inv) >>> 8) & 0x00FF00FF);
    }

    private static int alphaOf(double opacity, double coverage) {
        return (int) (opacity * coverage * 255 + 0.5);
    }

    private int rowFrom(double y) {
        return Math.max(top, (int) Math.floor(y));
    }

    private int rowTo(double y) {
        return Math.min(bottom - 1, (int) Math.floor(y));
    }

    /** Fills an axis-aligned rectangle (edges anti-aliased). */
    public void fillRect(double x, double y, double w, double h, int rgb, double opacity) {
        fillRectUnder(x, y, w, h, rgb, opacity, 0, 0, 0, 0);
    }

    /**
     * Fills an axis-aligned rectangle except the pixels that an opaque {@link #fillRect} of
     * the rectangle {@code (hx, hy, hw, hh)} paints in full (an outline drawn under its fill,
     * without painting the middle twice); an empty hole leaves nothing out.
     */
    public void fillRectUnder(double x, double y, double w, double h, int rgb, double opacity, double hx, double hy,
                              double hw, double hh) {
        int x0 = Math.max(left, (int) Math.floor(x));
        int y0 = rowFrom(y);
        int x1 = Math.min(right - 1, (int) Math.ceil(x + w) - 1);
        int y1 = Math.min(bottom - 1, (int) Math.ceil(y + h) - 1);
        int innerFrom = Math.max(x0, (int) Math.ceil(x));
        int innerTo = Math.min(x1, (int) Math.floor(x + w) - 1);
        // the hole: rows and columns a fill of the hole rectangle covers wholly
        int holeTop = (int) Math.ceil(hy);
        int holeBottom = (int) Math.floor(hy + hh) - 1;
        int holeLeft = (int) Math.ceil(hx);
        int holeRight = (int) Math.floor(hx + hw) - 1;
        for (int py = y0; py <= y1; py++) {
            double cy = Math.min(py + 1, y + h) - Math.max(py, y);
            int row = py * width;
            int inner = alphaOf(opacity, cy);
            boolean holeRow = py >= holeTop && py <= holeBottom;
            int a = inner + (inner >> 7);
            int inv = 256 - a;
            int srcRb = (rgb & 0x00FF00FF) * a;
            int srcAg = (0x00FF0000 | ((rgb >>> 8) & 0xFF)) * a;
            int solid = inner >= 255 ? 0xFF000000 | rgb : 0;
            for (int px = x0; px <= x1; px++) {
                if (holeRow && px >= holeLeft && px <= holeRight) {
                    px = holeRight;
                    continue;
                }
                if (px >= innerFrom && px <= innerTo) {
                    if (inner > 0) {
                        blendSolid(row + px, solid, srcRb, srcAg, inv);
                    }
                } else {
                    double cx = Math.min(px + 1, x + w) - Math.max(px, x);
                    blend(row + px, rgb, alphaOf(opacity, cx * cy));
                }
            }
        }
    }

    /** Draws a line with butt ends; widths below one pixel draw one pixel wide with less opacity. */
    public void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb, double opacity) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length < 1e-3) {
            return;
        }
        if (lineWidth < 1) {
            opacity *= lineWidth;
            lineWidth = 1;
        }
        if (lineWidth <= 1.5) {
            thinLine(x0, y0, x1, y1, rgb, Math.min(1, opacity * lineWidth));
            return;
        }
        double half = lineWidth / 2;
        int full = alphaOf(opacity, 1);
        if (full <= 0) {
            return;
        }
        int fullA = full + (full >> 7);
        int inv = 256 - fullA;
        int srcRb = (rgb & 0x00FF00FF) * fullA;
        int srcAg = (0x00FF0000 | ((rgb >>> 8) & 0xFF)) * fullA;
        int solid = full >= 255 ? 0xFF000000 | rgb : 0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (x0 > x1) {
                double t = x0; x0 = x1; x1 = t;
                t = y0; y0 = y1; y1 = t;
                dy = -dy;
                dx = -dx;
            }
            double slope = dy / dx;
            double spread = half * length / dx;
            int from = Math.max(left, (int) Math.floor(x0));
            int to = Math.min(right - 1, (int) Math.ceil(x1) - 1);
            long range = span(x0, y0, slope, top - spread - 1, bottom + spread + 1, from, to);
            for (int px = spanFrom(range), last = spanTo(range); px <= last; px++) {
                double end = Math.min(px + 1, x1) - Math.max(px, x0);
                if (end <= 0) {
                    continue;
                }
                double cx = px + 0.5;
                double cy = y0 + (cx - x0) * slope;
                int yFrom = rowFrom(cy - spread - 0.5);
                int yTo = rowTo(cy + spread + 0.5);
                // rows wholly covered: |py + 0.5 - cy| <= spread - 0.5, at a whole step along the line
                int innerFrom = end >= 1 ? (int) Math.ceil(cy - spread) : Integer.MAX_VALUE;
                int innerTo = end >= 1 ? (int) Math.floor(cy + spread - 1) : Integer.MIN_VALUE;
                for (int py = yFrom; py <= yTo; py++) {
                    if (py >= innerFrom && py <= innerTo) {
                        blendSolid(py * width + px, solid, srcRb, srcAg, inv);
                        continue;
                    }
                    double cover = spread + 0.5 - Math.abs(py + 0.5 - cy);
                    if (cover > 0) {
                        blend(py * width + px, rgb, alphaOf(opacity, Math.min(1, cover) * Math.min(1, end)));
                    }
                }
            }
        } else {
            if (y0 > y1) {
                double t = x0; x0 = x1; x1 = t;
                t = y0; y0 = y1; y1 = t;
                dy = -dy;
                dx = -dx;
            }
            double slope = dx / dy;
            double spread = half * length / dy;
            long range = span(y0, x0, slope, left - spread - 1, right + spread + 1, Math.max(top, (int) Math.floor(y0)),
                    Math.min(bottom - 1, (int) Math.ceil(y1) - 1));
            for (int py = spanFrom(range), last = spanTo(range); py <= last; py++) {
                double end = Math.min(py + 1, y1) - Math.max(py, y0);
                if (end <= 0) {
                    continue;
                }
                double cy = py + 0.5;
                double cx = x0 + (cy - y0) * slope;
                int xFrom = Math.max(left, (int) Math.floor(cx - spread - 0.5));
                int xTo = Math.min(right - 1, (int) Math.floor(cx + spread + 0.5));
                int row = py * width;
                int innerFrom = end >= 1 ? (int) Math.ceil(cx - spread) : Integer.MAX_VALUE;
                int innerTo = end >= 1 ? (int) Math.floor(cx + spread - 1) : Integer.MIN_VALUE;
                for (int px = xFrom; px <= xTo; px++) {
                    if (px >= innerFrom && px <= innerTo) {
                        blendSolid(row + px, solid, srcRb, srcAg, inv);
                        continue;
                    }
                    double cover = spread + 0.5 - Math.abs(px + 0.5 - cx);
                    if (cover > 0) {
                        blend(row + px, rgb, alphaOf(opacity, Math.min(1, cover) * Math.min(1, end)));
                    }
                }
            }
        }
    }

    /**
     * The part of the major-axis pixel range {@code [from, to]} where a line whose minor
     * coordinate is {@code m0 + (t - t0) * slope} at major coordinate {@code t} comes within
     * the minor range {@code [lo, hi]}, widened by a pixel each side (the caller still checks
     * each pixel, so this only skips steps that could never draw). Packed as
     * {@code from << 32 | to}; empty when from > to.
     */
    private static long span(double t0, double m0, double slope, double lo, double hi, int from, int to) {
        if (Math.abs(slope) < 1e-12) {
            return m0 >= lo && m0 <= hi ? pack(from, to) : pack(1, 0);
        }
        double ta = t0 + (lo - m0) / slope;
        double tb = t0 + (hi - m0) / slope;
        int a = (int) Math.floor(Math.min(ta, tb)) - 1;
        int b = (int) Math.ceil(Math.max(ta, tb)) + 1;
        return pack(Math.max(from, a), Math.min(to, b));
    }

    /** The fewest steps of {@code step > 0} that cover {@code distance}: ceil(distance / step), exactly. */
    private static long stepsToReach(long distance, long step) {
        long k = (long) Math.ceil((double) distance / step);
        while (k * step < distance) {
            k++;
        }
        while ((k - 1) * step >= distance) {
            k--;
        }
        return k;
    }

    /** The most steps of {@code step > 0} that stay within {@code distance}: floor(distance / step), exactly. */
    private static long stepsWithin(long distance, long step) {
        long k = (long) Math.floor((double) distance / step);
        while (k * step > distance) {
            k--;
        }
        while ((k + 1) * step <= distance) {
            k++;
        }
        return k;
    }

    private static long pack(int from, int to) {
        return ((long) from << 32) | (to & 0xFFFFFFFFL);
    }

    private static int spanFrom(long span) {
        return (int) (span >> 32);
    }

    private static int spanTo(long span) {
        return (int) span;
    }

    /**
     * A one-pixel line, two pixels per step along its major axis, shared by coverage
     * (Xiaolin Wu's method) in 16.16 fixed point: the common case for edges, kept lean. Only
     * the steps that can reach this raster's rectangle are walked.
     */
    private void thinLine(double x0, double y0, double x1, double y1, int rgb, double opacity) {
        int full = (int) (opacity * 255 + 0.5);
        if (full <= 0) {
            return;
        }
        // walk the major axis (t) one pixel at a time; the minor axis (u) is shared between two pixels
        boolean xMajor = Math.abs(x1 - x0) >= Math.abs(y1 - y0);
        double t0 = xMajor ? x0 : y0;
        double u0 = xMajor ? y0 : x0;
        double t1 = xMajor ? x1 : y1;
        double u1 = xMajor ? y1 : x1;
        if (t0 > t1) {
            double t = t0; t0 = t1; t1 = t;
            t = u0; u0 = u1; u1 = t;
        }
        int tLo = xMajor ? left : top;
        int tHi = xMajor ? right : bottom;
        int uLo = xMajor ? top : left;
        int uHi = xMajor ? bottom : right;
        int majorStride = xMajor ? 1 : width;
        int minorStride = xMajor ? width : 1;
        double slope = (u1 - u0) / (t1 - t0);
        int start = (int) Math.floor(t0 + 0.5);
        long range = span(t0, u0, slope, uLo - 2, uHi + 1, Math.max(tLo, start),
                Math.min(tHi - 1, (int) Math.floor(t1 - 0.5)));
        int from = spanFrom(range);
        int to = spanTo(range);
        if (from > to) {
            return;
        }
        long step = (long) (slope * 65536.0);
        long fu = (long) Math.floor((u0 + (start + 0.5 - t0) * slope - 0.5) * 65536.0) + (from - start) * step;
        for (int t = from; t <= to; t++, fu += step) {
            int u = (int) (fu >> 16);
            int share = (int) (((fu & 0xFFFF) * full) >>> 16);
            int base = t * majorStride;
            if (u >= uLo && u < uHi) {
                blend(base + u * minorStride, rgb, full - share);
            }
            if (u + 1 >= uLo && u + 1 < uHi) {
                blend(base + (u + 1) * minorStride, rgb, share);
            }
        }
    }

    /**
     * A one-pixel line without anti-aliasing: one pixel per step along its major axis. Half the
     * work of {@link #line}; used for crowded overviews where thousands of faint edges overlap
     * and smoothing each one cannot be seen. Only the steps whose pixel lies in this raster's
     * rectangle are walked (worked out once per line, in the same fixed-point steps the walk
     * takes, so every view draws exactly the pixels a whole-raster drawing would), and the walk
     * itself tests nothing per pixel. Half opacity is an average of colour and pixel, done
     * without multiplying: crowded views draw tens of thousands of such lines per frame.
     */
    public void hairline(double x0, double y0, double x1, double y1, int rgb, double opacity) {
        if (scratchLine == null) {
            scratchLine = new HairlineSteps();
            scratchLine.ensure(1);
        }
        scratchLine.set(0, x0, y0, x1, y1);
        hairline(scratchLine, 0, rgb, opacity);
    }

    /**
     * Draws line {@code line} of lines worked out beforehand (once per frame, for every view),
     * as {@link #hairline(double, double, double, double, int, double)} would draw it.
     */
    void hairline(HairlineSteps lines, int line, int rgb, double opacity) {
        int alpha = (int) (opacity * 255 + 0.5);
        if (alpha <= 0) {
            return;
        }
        boolean xMajor = lines.alongX(line);
        int start = lines.first(line);
        int from = Math.max(xMajor ? left : top, start);
        int to = Math.min((xMajor ? right : bottom) - 1, lines.last(line));
        if (from > to) {
            return;
        }
        long step = lines.step(line);
        long fu = lines.across(line) + (long) (from - start) * step;
        long lo = (long) (xMajor ? top : left) << 16;
        long hi = ((long) (xMajor ? bottom : right) << 16) - 1;
        long first;
        long last;
        if (step == 0) {
            if (fu < lo || fu > hi) {
                return;
            }
            first = 0;
            last = to - from;
        } else if (step > 0) {
            first = Math.max(0, stepsToReach(lo - fu, step));
            last = stepsWithin(hi - fu, step);
        } else {
            first = Math.max(0, stepsToReach(fu - hi, -step));
            last = stepsWithin(fu - lo, -step);
        }
        last = Math.min(last, to - from);
        if (first > last) {
            return;
        }
        fu += first * step;
        int majorStride = xMajor ? 1 : width;
        int minorStride = xMajor ? width : 1;
        int base = (from + (int) first) * majorStride;
        int steps = (int) (last - first) + 1;
        if (alpha >= 255) {
            int solid = 0xFF000000 | rgb;
            for (int k = 0; k < steps; k++, fu += step, base += majorStride) {
                pixels[base + (int) (fu >> 16) * minorStride] = solid;
            }
        } else if (alpha == 127 || alpha == 128) {
            int colour = 0xFF000000 | rgb;
            for (int k = 0; k < steps; k++, fu += step, base += majorStride) {
                int i = base + (int) (fu >> 16) * minorStride;
                int d = pixels[i];
                pixels[i] = (d & colour) + (((d ^ colour) >>> 1) & 0x7F7F7F7F);
            }
        } else {
            int a = alpha + (alpha >> 7);
            int inv = 256 - a;
            int srcRb = (rgb & 0x00FF00FF) * a;
            int srcAg = (0x00FF0000 | ((rgb >>> 8) & 0xFF)) * a;
            for (int k = 0; k < steps; k++, fu += step, base += majorStride) {
                int i = base + (int) (fu >> 16) * minorStride;
                int d = pixels[i];
                pixels[i] = ((srcAg + ((d >>> 8) & 0x00FF00FF) * inv) & 0xFF00FF00)
                        | (((srcRb + (d & 0x00FF00FF) * inv) >>> 8) & 0x00FF00FF);
            }
        }
    }

    /** Fills a disc. */
    public void fillDisc(double cx, double cy, double r, int rgb, double opacity) {
        fillDiscUnder(cx, cy, r, rgb, opacity, 0);
    }

    /**
     * Fills a disc except the pixels that an opaque {@link #fillDisc} of radius {@code hole}
     * about the same centre paints in full: the outline of a node drawn under its fill, at the
     * same pixels as filling both whole, without painting the middle twice. {@code hole} 0:
     * no hole.
     */
    public void fillDiscUnder(double cx, double cy, double r, int rgb, double opacity, double hole) {
        if (r < 0.5) {
            fillRect(cx - 0.5, cy - 0.5, 1, 1, rgb, opacity * r * 2);
            return;
        }
        int y0 = rowFrom(cy - r - 0.5);
        int y1 = rowTo(cy + r + 0.5);
        double outer = (r + 0.5) * (r + 0.5);
        double inner = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
        double holeInner = hole > 0.5 ? (hole - 0.5) * (hole - 0.5) : -1;
        int full = alphaOf(opacity, 1);
        for (int py = y0; py <= y1; py++) {
            double dy = py + 0.5 - cy;
            double dy2 = dy * dy;
            if (dy2 > outer) {
                continue;
            }
            double outerHalf = Math.sqrt(outer - dy2);
            double innerHalf = dy2 < inner ? Math.sqrt(inner - dy2) : -1;
            double holeHalf = dy2 < holeInner ? Math.sqrt(holeInner - dy2) : -1;
            // the last column surely inside the hole (a column short of its edge)
            int holeEnd = holeHalf > 0 ? (int) Math.floor(cx + holeHalf - 0.5) - 1 : Integer.MIN_VALUE;
            int x0 = Math.max(left, (int) Math.floor(cx - outerHalf));
            int x1 = Math.min(right - 1, (int) Math.floor(cx + outerHalf));
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                if (holeHalf > 0 && Math.abs(dx) < holeHalf) {
                    px = Math.max(px, Math.min(x1, holeEnd));
                    continue;
                }
                if (innerHalf > 0 && Math.abs(dx) < innerHalf) {
                    blend(row + px, rgb, full);
                } else {
                    double d = Math.sqrt(dx * dx + dy2);
                    double cover = r + 0.5 - d;
                    if (cover > 0) {
                        blend(row + px, rgb, alphaOf(opacity, Math.min(1, cover)));
                    }
                }
            }
        }
    }

    /** Strokes a circle of radius {@code r} with the given line width. */
    public void strokeCircle(double cx, double cy, double r, double lineWidth, int rgb, double opacity) {
        double half = lineWidth / 2;
        double reach = r + half + 1;
        int y0 = rowFrom(cy - reach);
        int y1 = rowTo(cy + reach);
        int x0 = Math.max(left, (int) Math.floor(cx - reach));
        int x1 = Math.min(right - 1, (int) Math.ceil(cx + reach));
        for (int py = y0; py <= y1; py++) {
            double dy = py + 0.5 - cy;
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                double cover = half + 0.5 - Math.abs(Math.sqrt(dx * dx + dy * dy) - r);
                if (cover > 0) {
                    blend(row + px, rgb, alphaOf(opacity, Math.min(1, cover)));
                }
            }
        }
    }

    /**
     * Fills a convex polygon whose points go clockwise on screen (y down); with
     * {@code strokeWidth > 0} only a band of that width along its outline is drawn.
     */
    public void convex(double[] xs, double[] ys, int n, int rgb, double opacity, double strokeWidth) {
        convexUnder(xs, ys, n, rgb, opacity, strokeWidth, null, null);
    }

    /**
     * {@link #convex} except the pixels that an opaque fill of the convex polygon
     * {@code holeXs/holeYs} (as many points) paints in full: an outline drawn under its fill,
     * at the same pixels as filling both whole, without painting the middle twice. A null hole
     * leaves nothing out.
     */
    public void convexUnder(double[] xs, double[] ys, int n, int rgb, double opacity, double strokeWidth,
                            double[] holeXs, double[] holeYs) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double grow = strokeWidth > 0 ? strokeWidth / 2 + 1 : 1;
        int x0 = Math.max(left, (int) Math.floor(minX - grow));
        int x1 = Math.min(right - 1, (int) Math.ceil(maxX + grow));
        int y0 = rowFrom(minY - grow);
        int y1 = rowTo(maxY + grow);
        if (x0 > x1 || y0 > y1) {
            return;
        }
        if (edges.length < 8 * n) {
            edges = new double[8 * n];
        }
        double[] e = edges;
        prepareEdges(xs, ys, n, e, 0);
        if (holeXs != null) {
            prepareEdges(holeXs, holeYs, n, e, 4 * n);
        }
        int full = alphaOf(opacity, 1);
        for (int py = y0; py <= y1; py++) {
            double fy = py + 0.5;
            int row = py * width;
            int solidFrom = Integer.MAX_VALUE;
            int solidTo = Integer.MIN_VALUE;
            int rowFrom = x0;
            int rowTo = x1;
            if (strokeWidth <= 0) {
                long solid = solidSpan(e, 0, n, fy);
                solidFrom = spanFrom(solid);
                solidTo = spanTo(solid);
                double outerLo = -Double.MAX_VALUE;
                double outerHi = Double.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    double nx = e[4 * i];
                    double rest = 0.5 - e[4 * i + 1] * fy - e[4 * i + 2];
                    if (nx > 1e-12) {
                        outerLo = Math.max(outerLo, (rest - 1) * e[4 * i + 3]);
                    } else if (nx < -1e-12) {
                        outerHi = Math.min(outerHi, (rest - 1) * e[4 * i + 3]);
                    } else if (rest > 1) {
                        outerHi = -Double.MAX_VALUE;
                    }
                }
                // pixels whose centre is half a pixel or more outside every edge get no coverage
                if (outerLo > outerHi) {
                    continue;
                }
                rowFrom = Math.max(x0, (int) Math.floor(outerLo - 0.5) - 1);
                rowTo = Math.min(x1, (int) Math.ceil(outerHi - 0.5) + 1);
            }
            int holeFrom = Integer.MAX_VALUE;
            int holeTo = Integer.MIN_VALUE;
            if (holeXs != null) {
                long hole = solidSpan(e, 4 * n, n, fy);
                holeFrom = spanFrom(hole);
                holeTo = spanTo(hole);
            }
            for (int px = rowFrom; px <= rowTo; px++) {
                if (px >= holeFrom && px <= holeTo) {
                    px = holeTo;
                    continue;
                }
                if (px >= solidFrom && px <= solidTo) {
                    blend(row + px, rgb, full);
                    continue;
                }
                double fx = px + 0.5;
                double inside = Double.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    inside = Math.min(inside, e[4 * i] * fx + e[4 * i + 1] * fy + e[4 * i + 2]);
                }
                double cover = strokeWidth > 0
                        ? strokeWidth / 2 + 0.5 - Math.abs(inside)
                        : inside + 0.5;
                if (cover > 0) {
                    blend(row + px, rgb, alphaOf(opacity, Math.min(1, cover)));
                }
            }
        }
    }

    /**
     * Writes a polygon's edges into {@code e} from {@code at}, four numbers each: the unit
     * normal pointing inside (x, y), the offset (so {@code nx * x + ny * y + c} is the signed
     * distance inside the edge) and {@code 1 / nx} (0 when the edge is horizontal).
     */
    private static void prepareEdges(double[] xs, double[] ys, int n, double[] e, int at) {
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = xs[j] - xs[i];
            double ey = ys[j] - ys[i];
            double len = Math.max(1e-9, Math.sqrt(ex * ex + ey * ey));
            double nx = -ey / len;
            double ny = ex / len;
            int k = at + 4 * i;
            e[k] = nx;
            e[k + 1] = ny;
            e[k + 2] = -(nx * xs[i] + ny * ys[i]);
            e[k + 3] = Math.abs(nx) > 1e-12 ? 1 / nx : 0;
        }
    }

    /**
     * The columns of row centre {@code fy} whose pixel centres lie at least half a pixel inside
     * every edge of a polygon prepared by {@link #prepareEdges} (wholly covered pixels), packed
     * as in {@link #span}; empty when from > to.
     */
    private static long solidSpan(double[] e, int at, int n, double fy) {
        double lo = -Double.MAX_VALUE;
        double hi = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int k = at + 4 * i;
            double nx = e[k];
            double rest = 0.5 - e[k + 1] * fy - e[k + 2];
            if (nx > 1e-12) {
                lo = Math.max(lo, rest * e[k + 3]);
            } else if (nx < -1e-12) {
                hi = Math.min(hi, rest * e[k + 3]);
            } else if (rest > 0) {
                hi = -Double.MAX_VALUE;
            }
        }
        if (lo > hi) {
            return pack(Integer.MAX_VALUE, Integer.MIN_VALUE);
        }
        return pack((int) Math.ceil(lo - 0.5), (int) Math.floor(hi - 0.5));
    }

    /** Blends a coverage mask (one byte per pixel, 0..255) in the colour at (x, y). */
    public void mask(byte[] coverage, int maskWidth, int maskHeight, int x, int y, int rgb, double opacity) {
        int sx0 = Math.max(left - x, 0);
        int sy0 = Math.max(top - y, 0);
        int sx1 = Math.min(maskWidth, right - x);
        int sy1 = Math.min(maskHeight, bottom - y);
        int scale = (int) (opacity * 256);
        for (int sy = sy0; sy < sy1; sy++) {
            int row = (y + sy) * width + x;
            int mrow = sy * maskWidth;
            for (int sx = sx0; sx < sx1; sx++) {
                int m = coverage[mrow + sx] & 0xFF;
                if (m != 0) {
                    blend(row + sx, rgb, (m * scale) >> 8);
                }
            }
        }
    }
}
