package tieline.ui.graph;

import java.util.Arrays;

/**
 * A software pixel buffer (premultiplied ARGB, one int per pixel) with anti-aliased
 * primitives: lines of any width, discs, rings, convex polygons, rectangles and alpha-mask
 * blits for text. The graph is drawn here and shown as one image, because the JavaFX
 * software pipeline rasterises tens of thousands of canvas path segments far too slowly for
 * interactive frames (measured: over 100 ms for 20k lines; this buffer does it in a few ms).
 * Colours are given as {@code 0xRRGGBB} plus an opacity 0..1; everything is clipped.
 */
public final class Raster {

    private int width;
    private int height;
    private int[] pixels;

    public Raster(int width, int height) {
        resize(width, height);
    }

    /** Changes the size, keeping the buffer when it is large enough. */
    public void resize(int newWidth, int newHeight) {
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        if (pixels == null || pixels.length < width * height) {
            pixels = new int[width * height];
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row after row ({@code width} per row), premultiplied ARGB. */
    public int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y) as premultiplied ARGB. */
    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Fills everything with an opaque colour. */
    public void clear(int rgb) {
        Arrays.fill(pixels, 0, width * height, 0xFF000000 | rgb);
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
        int src = 0xFF000000 | rgb;
        int rb = (((src & 0x00FF00FF) * a + (d & 0x00FF00FF) * inv) >>> 8) & 0x00FF00FF;
        int ag = ((((src >>> 8) & 0x00FF00FF) * a + ((d >>> 8) & 0x00FF00FF) * inv)) & 0xFF00FF00;
        pixels[index] = ag | rb;
    }

    private static int alphaOf(double opacity, double coverage) {
        return (int) (opacity * coverage * 255 + 0.5);
    }

    /** Fills an axis-aligned rectangle (edges anti-aliased). */
    public void fillRect(double x, double y, double w, double h, int rgb, double opacity) {
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width - 1, (int) Math.ceil(x + w) - 1);
        int y1 = Math.min(height - 1, (int) Math.ceil(y + h) - 1);
        for (int py = y0; py <= y1; py++) {
            double cy = Math.min(py + 1, y + h) - Math.max(py, y);
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double cx = Math.min(px + 1, x + w) - Math.max(px, x);
                blend(row + px, rgb, alphaOf(opacity, cx * cy));
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
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (x0 > x1) {
                double t = x0; x0 = x1; x1 = t;
                t = y0; y0 = y1; y1 = t;
                dy = -dy;
                dx = -dx;
            }
            double slope = dy / dx;
            double spread = half * length / dx;
            int from = Math.max(0, (int) Math.floor(x0));
            int to = Math.min(width - 1, (int) Math.ceil(x1) - 1);
            for (int px = from; px <= to; px++) {
                double end = Math.min(px + 1, x1) - Math.max(px, x0);
                if (end <= 0) {
                    continue;
                }
                double cx = px + 0.5;
                double cy = y0 + (cx - x0) * slope;
                int yFrom = Math.max(0, (int) Math.floor(cy - spread - 0.5));
                int yTo = Math.min(height - 1, (int) Math.floor(cy + spread + 0.5));
                for (int py = yFrom; py <= yTo; py++) {
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
            int from = Math.max(0, (int) Math.floor(y0));
            int to = Math.min(height - 1, (int) Math.ceil(y1) - 1);
            for (int py = from; py <= to; py++) {
                double end = Math.min(py + 1, y1) - Math.max(py, y0);
                if (end <= 0) {
                    continue;
                }
                double cy = py + 0.5;
                double cx = x0 + (cy - y0) * slope;
                int xFrom = Math.max(0, (int) Math.floor(cx - spread - 0.5));
                int xTo = Math.min(width - 1, (int) Math.floor(cx + spread + 0.5));
                int row = py * width;
                for (int px = xFrom; px <= xTo; px++) {
                    double cover = spread + 0.5 - Math.abs(px + 0.5 - cx);
                    if (cover > 0) {
                        blend(row + px, rgb, alphaOf(opacity, Math.min(1, cover) * Math.min(1, end)));
                    }
                }
            }
        }
    }

    /**
     * A one-pixel line, two pixels per step along its major axis, shared by coverage
     * (Xiaolin Wu's method): the common case for edges, so it is kept lean.
     */
    private void thinLine(double x0, double y0, double x1, double y1, int rgb, double opacity) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        int full = (int) (opacity * 255 + 0.5);
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (x0 > x1) {
                double t = x0; x0 = x1; x1 = t;
                t = y0; y0 = y1; y1 = t;
            }
            double slope = (y1 - y0) / (x1 - x0);
            int from = Math.max(0, (int) (x0 + 0.5));
            int to = Math.min(width - 1, (int) (x1 - 0.5));
            double cy = y0 + (from + 0.5 - x0) * slope - 0.5;
            for (int px = from; px <= to; px++, cy += slope) {
                int py = (int) Math.floor(cy);
                int lower = (int) ((cy - py) * full);
                if (py >= 0 && py < height) {
                    blend(py * width + px, rgb, full - lower);
                }
                if (py + 1 >= 0 && py + 1 < height) {
                    blend((py + 1) * width + px, rgb, lower);
                }
            }
        } else {
            if (y0 > y1) {
                double t = x0; x0 = x1; x1 = t;
                t = y0; y0 = y1; y1 = t;
            }
            double slope = (x1 - x0) / (y1 - y0);
            int from = Math.max(0, (int) (y0 + 0.5));
            int to = Math.min(height - 1, (int) (y1 - 0.5));
            double cx = x0 + (from + 0.5 - y0) * slope - 0.5;
            for (int py = from; py <= to; py++, cx += slope) {
                int px = (int) Math.floor(cx);
                int right = (int) ((cx - px) * full);
                int row = py * width;
                if (px >= 0 && px < width) {
                    blend(row + px, rgb, full - right);
                }
                if (px + 1 >= 0 && px + 1 < width) {
                    blend(row + px + 1, rgb, right);
                }
            }
        }
    }

    /** Fills a disc. */
    public void fillDisc(double cx, double cy, double r, int rgb, double opacity) {
        if (r < 0.5) {
            fillRect(cx - 0.5, cy - 0.5, 1, 1, rgb, opacity * r * 2);
            return;
        }
        int y0 = Math.max(0, (int) Math.floor(cy - r - 0.5));
        int y1 = Math.min(height - 1, (int) Math.floor(cy + r + 0.5));
        double outer = (r + 0.5) * (r + 0.5);
        double inner = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
        int full = alphaOf(opacity, 1);
        for (int py = y0; py <= y1; py++) {
            double dy = py + 0.5 - cy;
            double dy2 = dy * dy;
            if (dy2 > outer) {
                continue;
            }
            double outerHalf = Math.sqrt(outer - dy2);
            double innerHalf = dy2 < inner ? Math.sqrt(inner - dy2) : -1;
            int x0 = Math.max(0, (int) Math.floor(cx - outerHalf));
            int x1 = Math.min(width - 1, (int) Math.floor(cx + outerHalf));
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
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
        int y0 = Math.max(0, (int) Math.floor(cy - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + reach));
        int x0 = Math.max(0, (int) Math.floor(cx - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + reach));
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
        int x0 = Math.max(0, (int) Math.floor(minX - grow));
        int x1 = Math.min(width - 1, (int) Math.ceil(maxX + grow));
        int y0 = Math.max(0, (int) Math.floor(minY - grow));
        int y1 = Math.min(height - 1, (int) Math.ceil(maxY + grow));
        if (x0 > x1 || y0 > y1) {
            return;
        }
        double[] nx = new double[n];
        double[] ny = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = xs[j] - xs[i];
            double ey = ys[j] - ys[i];
            double len = Math.sqrt(ex * ex + ey * ey);
            if (len < 1e-9) {
                len = 1e-9;
            }
            nx[i] = -ey / len;
            ny[i] = ex / len;
            c[i] = -(nx[i] * xs[i] + ny[i] * ys[i]);
        }
        for (int py = y0; py <= y1; py++) {
            double fy = py + 0.5;
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double fx = px + 0.5;
                double inside = Double.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    inside = Math.min(inside, nx[i] * fx + ny[i] * fy + c[i]);
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

    /** Blends a coverage mask (one byte per pixel, 0..255) in the colour at (x, y). */
    public void mask(byte[] coverage, int maskWidth, int maskHeight, int x, int y, int rgb, double opacity) {
        int sx0 = Math.max(0, -x);
        int sy0 = Math.max(0, -y);
        int sx1 = Math.min(maskWidth, width - x);
        int sy1 = Math.min(maskHeight, height - y);
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
