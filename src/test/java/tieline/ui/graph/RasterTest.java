package tieline.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RasterTest {

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }

    @Test
    void aThinLineColoursItsPixelsAndNothingElse() {
        Raster r = new Raster(50, 20);
        r.clear(0xFFFFFF);
        r.line(5, 10.5, 45, 10.5, 1, 0x0000FF, 1);
        assertEquals(0xFF0000FF, r.pixel(20, 10), "on the line");
        assertEquals(0xFFFFFFFF, r.pixel(20, 5), "beside it");
        assertEquals(0xFFFFFFFF, r.pixel(48, 10), "past its end");
    }

    @Test
    void aThickLineCoversItsWidth() {
        Raster r = new Raster(40, 40);
        r.clear(0x000000);
        r.line(20.5, 2, 20.5, 38, 5, 0xFF0000, 1);
        for (int x = 19; x <= 22; x++) {
            assertEquals(255, red(r.pixel(x, 20)), "x=" + x);
        }
        assertEquals(0, red(r.pixel(25, 20)));
    }

    @Test
    void discsAreFilledInsideAndSoftOnTheEdge() {
        Raster r = new Raster(40, 40);
        r.clear(0xFFFFFF);
        r.fillDisc(20, 20, 8, 0x0000FF, 1);
        assertEquals(0xFF0000FF, r.pixel(20, 20));
        assertEquals(0xFFFFFFFF, r.pixel(20, 30));
        int edge = r.pixel(27, 20);
        assertTrue(red(edge) < 255 && blue(edge) == 255, "anti-aliased edge: " + Integer.toHexString(edge));
    }

    @Test
    void halfOpacityBlendsHalfway() {
        Raster r = new Raster(4, 4);
        r.clear(0x000000);
        r.fillRect(0, 0, 4, 4, 0xFF0000, 0.5);
        assertEquals(128, red(r.pixel(1, 1)), 2);
        assertEquals(0xFF, r.pixel(1, 1) >>> 24);
    }

    @Test
    void convexShapesAndOutlines() {
        Raster r = new Raster(40, 40);
        r.clear(0xFFFFFF);
        r.convex(new double[] {20, 32, 20, 8}, new double[] {8, 20, 32, 20}, 4, 0xFF0000, 1, 0);
        assertEquals(0xFFFF0000, r.pixel(20, 20));
        assertEquals(0xFFFFFFFF, r.pixel(10, 10), "outside the diamond");
        Raster o = new Raster(40, 40);
        o.clear(0xFFFFFF);
        o.convex(new double[] {10, 30, 30, 10}, new double[] {10, 10, 30, 30}, 4, 0xFF0000, 1, 2);
        assertEquals(0xFFFFFFFF, o.pixel(20, 20), "an outline leaves the inside");
        assertEquals(255, red(o.pixel(20, 10)));
    }

    @Test
    void masksAreTintedAndClipped() {
        Raster r = new Raster(10, 10);
        r.clear(0xFFFFFF);
        byte[] mask = {(byte) 255, 0, 0, (byte) 128};
        r.mask(mask, 2, 2, 4, 4, 0x000000, 1);
        assertEquals(0xFF000000, r.pixel(4, 4), "full coverage");
        assertEquals(0xFFFFFFFF, r.pixel(5, 4), "no coverage");
        assertEquals(127, red(r.pixel(5, 5)), 2, "half coverage");
        r.mask(mask, 2, 2, 9, 9, 0x000000, 1);
        assertEquals(0xFF000000, r.pixel(9, 9), "clipped at the bottom right, the visible part drawn");
        r.mask(mask, 2, 2, -1, -1, 0x000000, 1);
        assertEquals(127, red(r.pixel(0, 0)), 2, "clipped at the top left, the visible part drawn");
    }

    @Test
    void drawingOutsideDoesNothing() {
        Raster r = new Raster(10, 10);
        r.clear(0x123456);
        r.line(-50, -50, -10, -40, 3, 0xFF0000, 1);
        r.fillDisc(100, 100, 5, 0xFF0000, 1);
        r.convex(new double[] {-20, -10, -15}, new double[] {-20, -20, -10}, 3, 0xFF0000, 1, 0);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                assertEquals(0xFF123456, r.pixel(x, y));
            }
        }
    }

    @Test
    void aHairlineColoursOnePixelPerStep() {
        Raster r = new Raster(30, 30);
        r.clear(0xFFFFFF);
        r.hairline(2, 2, 27, 14, 0x000000, 1);
        int dark = 0;
        for (int x = 0; x < 30; x++) {
            int inColumn = 0;
            for (int y = 0; y < 30; y++) {
                if (r.pixel(x, y) == 0xFF000000) {
                    inColumn++;
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(inColumn <= 1, "column " + x);
            dark += inColumn;
        }
        assertEquals(25, dark);
        Raster band = new Raster(30, 30);
        band.clear(0xFFFFFF);
        band.band(0, 8).hairline(2, 2, 27, 14, 0x000000, 1);
        band.band(8, 30).hairline(2, 2, 27, 14, 0x000000, 1);
        org.junit.jupiter.api.Assertions.assertArrayEquals(r.pixels(), band.pixels(), "bands draw the same line");
    }

    /** Lines of every kind of slope, some leaving the raster, some far outside it. */
    private static final double[][] LINES = {
        {-30, 5, 130, 77}, {3.3, -40, 71.2, 140}, {95, 2, 4, 93}, {50.5, -10, 50.5, 120}, {-20, 60.5, 200, 60.5},
        {10, 10, 11, 90}, {90, 12, 12, 13}, {-500, -400, 300, 260}, {200, 10, 300, 90}, {40.2, 40.7, 40.9, 41.1},
    };

    private static int[] drawnInRegions(int cell, double opacity, boolean thick) {
        Raster r = new Raster(100, 100);
        r.clear(0x204060);
        for (int y = 0; y < 100; y += cell) {
            for (int x = 0; x < 100; x += cell) {
                Raster part = r.region(x, y, x + cell, y + cell);
                for (double[] l : LINES) {
                    if (thick) {
                        part.line(l[0], l[1], l[2], l[3], 3.5, 0xE0A010, opacity);
                        part.line(l[0], l[1], l[2], l[3], 1, 0x10A0E0, opacity);
                    } else {
                        part.hairline(l[0], l[1], l[2], l[3], 0xE0A010, opacity);
                    }
                }
            }
        }
        return r.pixels();
    }

    @Test
    void linesDrawnRegionByRegionGiveTheSamePixelsAsDrawnWhole() {
        for (double opacity : new double[] {1, 0.5, 0.3}) {
            for (boolean thick : new boolean[] {false, true}) {
                int[] whole = drawnInRegions(100, opacity, thick);
                for (int cell : new int[] {7, 32, 50}) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(whole, drawnInRegions(cell, opacity, thick),
                            "opacity " + opacity + (thick ? " thick" : " hairline") + ", regions of " + cell);
                }
            }
        }
    }

    @Test
    void aHairlineWalksOnlyItsOwnPixelsAndCoversEachStepOnce() {
        Raster r = new Raster(100, 100);
        r.clear(0x000000);
        r.hairline(-30, 5, 130, 77, 0xFFFFFF, 1);
        int lit = 0;
        for (int x = 0; x < 100; x++) {
            int inColumn = 0;
            for (int y = 0; y < 100; y++) {
                inColumn += r.pixel(x, y) == 0xFFFFFFFF ? 1 : 0;
            }
            assertEquals(1, inColumn, "one pixel in column " + x);
            lit += inColumn;
        }
        assertEquals(100, lit, "the line crosses the raster from side to side");
        int y = (int) Math.floor(5 + (50.5 + 30) * 72 / 160.0);
        assertEquals(0xFFFFFFFF, r.pixel(50, y), "on the line at its middle column");
    }

    @Test
    void aHalfOpacityHairlineAveragesWithWhatIsBeneath() {
        Raster r = new Raster(20, 3);
        r.clear(0x204080);
        r.hairline(0, 1.5, 20, 1.5, 0xE0C0A0, 0.5);
        assertEquals(0xFF808090, r.pixel(10, 1), "each channel halfway: (0x20+0xE0)/2, (0x40+0xC0)/2, (0x80+0xA0)/2");
        assertEquals(0xFF204080, r.pixel(10, 0), "the row above untouched");
        r.hairline(0, 1.5, 20, 1.5, 0xE0C0A0, 0.3);
        int red = red(r.pixel(10, 1));
        assertTrue(red > 0x80 && red < 0xE0, "other opacities blend part of the way: " + Integer.toHexString(red));
    }

    @Test
    void anOutlineDrawnUnderItsFillGivesTheSamePixelsAsBothFilledWhole() {
        double[][] centres = {{20.3, 20.8}, {21.5, 19.5}, {20, 20}, {2.2, 37.6}};
        for (double[] c : centres) {
            for (double r : new double[] {3.1, 6.5, 11.25}) {
                double x = c[0];
                double y = c[1];
                double g = r + 1.2;
                Raster both = new Raster(40, 40);
                Raster under = new Raster(40, 40);
                both.clear(0x306090);
                under.clear(0x306090);
                both.fillDisc(x, y, g, 0x101010, 0.9);
                both.fillDisc(x, y, r, 0xF0C000, 1);
                under.fillDiscUnder(x, y, g, 0x101010, 0.9, r);
                under.fillDisc(x, y, r, 0xF0C000, 1);
                org.junit.jupiter.api.Assertions.assertArrayEquals(both.pixels(), under.pixels(), "disc " + r);
                both.fillRect(x - g, y - g, 2 * g, 2 * g, 0x101010, 0.9);
                both.fillRect(x - r, y - r, 2 * r, 2 * r, 0x00C0F0, 1);
                under.fillRectUnder(x - g, y - g, 2 * g, 2 * g, 0x101010, 0.9, x - r, y - r, 2 * r, 2 * r);
                under.fillRect(x - r, y - r, 2 * r, 2 * r, 0x00C0F0, 1);
                org.junit.jupiter.api.Assertions.assertArrayEquals(both.pixels(), under.pixels(), "square " + r);
                double[] gx = {x, x + g, x, x - g};
                double[] gy = {y - g, y, y + g, y};
                double[] fx = {x, x + r, x, x - r};
                double[] fy = {y - r, y, y + r, y};
                both.convex(gx, gy, 4, 0x101010, 0.9, 0);
                both.convex(fx, fy, 4, 0xC000F0, 1, 0);
                under.convexUnder(gx, gy, 4, 0x101010, 0.9, 0, fx, fy);
                under.convex(fx, fy, 4, 0xC000F0, 1, 0);
                org.junit.jupiter.api.Assertions.assertArrayEquals(both.pixels(), under.pixels(), "diamond " + r);
            }
        }
        Raster ring = new Raster(40, 40);
        ring.clear(0xFFFFFF);
        ring.fillDiscUnder(20, 20, 12, 0x000000, 1, 8);
        assertEquals(0xFFFFFFFF, ring.pixel(20, 20), "the middle is left for the fill");
        assertEquals(0xFF000000, ring.pixel(20, 9), "the ring is drawn");
    }
}
