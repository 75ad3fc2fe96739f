package tieline.layout;

/** Small graphs with a known ideal drawing, for layout tests. */
final class TestGraphs {

    private TestGraphs() {
    }

    /** A cycle of {@code n} nodes. */
    static LayoutGraph ring(int n) {
        int[] s = new int[n];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            t[i] = (i + 1) % n;
        }
        return LayoutGraph.of(n, s, t);
    }

    /** A {@code side} by {@code side} grid; node {@code r * side + c} is at row r, column c. */
    static LayoutGraph grid(int side) {
        int n = side * side;
        int m = 2 * side * (side - 1);
        int[] s = new int[m];
        int[] t = new int[m];
        int e = 0;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side) {
                    s[e] = r * side + c;
                    t[e++] = r * side + c + 1;
                }
                if (r + 1 < side) {
                    s[e] = r * side + c;
                    t[e++] = (r + 1) * side + c;
                }
            }
        }
        return LayoutGraph.of(n, s, t);
    }

    /** The grid drawn as a grid with unit spacing. */
    static Positions gridDrawing(int side) {
        Positions p = new Positions(side * side);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                p.set(r * side + c, c, r);
            }
        }
        return p;
    }

    /** The ring drawn as a regular polygon. */
    static Positions ringDrawing(int n) {
        Positions p = new Positions(n);
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            p.set(i, Math.cos(a), Math.sin(a));
        }
        return p;
    }
}
