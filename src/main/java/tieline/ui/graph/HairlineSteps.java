package tieline.ui.graph;

/**
 * The fixed-point walks of many one-pixel lines, worked out once per frame and drawn by every
 * stripe they cross ({@link Raster#hairline(HairlineSteps, int, int, double)}): which axis a
 * line steps along, the first and last pixel along it, and where on the other axis it is at
 * the first pixel and how far it moves per step (16.16 fixed point). A line drawn from here
 * covers exactly the pixels {@link Raster#hairline(double, double, double, double, int, double)}
 * covers, in any view.
 */
final class HairlineSteps {

    private boolean[] alongX = new boolean[0];
    private int[] first = new int[0];
    private int[] last = new int[0];
    private long[] across = new long[0];
    private long[] step = new long[0];

    /** Makes room for lines {@code 0..count-1}. */
    void ensure(int count) {
        if (alongX.length < count) {
            int n = Math.max(count, 2 * alongX.length);
            alongX = new boolean[n];
            first = new int[n];
            last = new int[n];
            across = new long[n];
            step = new long[n];
        }
    }

    /**
     * Works out line {@code k} from (x0, y0) to (x1, y1) in pixel coordinates; a line too short
     * to step gets an empty range.
     */
    void set(int k, double x0, double y0, double x1, double y1) {
        boolean xMajor = Math.abs(x1 - x0) >= Math.abs(y1 - y0);
        double t0 = xMajor ? x0 : y0;
        double u0 = xMajor ? y0 : x0;
        double t1 = xMajor ? x1 : y1;
        double u1 = xMajor ? y1 : x1;
        if (t0 > t1) {
            double t = t0; t0 = t1; t1 = t;
            t = u0; u0 = u1; u1 = t;
        }
        alongX[k] = xMajor;
        if (!(t1 - t0 >= 1e-9)) {
            first[k] = 1;
            last[k] = 0;
            return;
        }
        double slope = (u1 - u0) / (t1 - t0);
        int start = (int) Math.floor(t0 + 0.5);
        first[k] = start;
        last[k] = (int) Math.floor(t1 - 0.5);
        step[k] = (long) (slope * 65536.0);
        across[k] = (long) Math.floor((u0 + (start + 0.5 - t0) * slope) * 65536.0);
    }

    /** True when line k steps along x (one pixel per column), false along y. */
    boolean alongX(int k) {
        return alongX[k];
    }

    /** The first pixel of line k along its stepping axis. */
    int first(int k) {
        return first[k];
    }

    /** The last pixel of line k along its stepping axis (before first: nothing to draw). */
    int last(int k) {
        return last[k];
    }

    /** Where line k is across its stepping axis at its first pixel, 16.16 fixed point (its pixel: this >> 16). */
    long across(int k) {
        return across[k];
    }

    /** How far line k moves across per step, 16.16 fixed point. */
    long step(int k) {
        return step[k];
    }
}
