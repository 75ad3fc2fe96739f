package tieline.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over node positions and masses, rebuilt every iteration, that sums the
 * ForceAtlas2 repulsion on one node: a cell far enough away (width / distance below theta) acts as a
 * single body of its total mass at its centre of mass; nearer cells, and always the cells that
 * contain the node itself, are opened.
 *
 * <p>Stored in flat arrays reused between builds. Queries only read the tree, so several threads may
 * query it at once, each with its own stack.
 */
final class BarnesHutTree {

    /** Below this depth, nodes at (nearly) the same point share a leaf instead of splitting forever. */
    private static final int MAX_DEPTH = 48;
    /** Enough for a depth-first walk of a tree of depth {@link #MAX_DEPTH}. */
    static final int STACK_SIZE = 4 * MAX_DEPTH + 8;

    private int cellCount;
    private double[] centreX = new double[0];
    private double[] centreY = new double[0];
    private double[] width = new double[0];
    private double[] mass = new double[0];
    private double[] massX = new double[0];
    private double[] massY = new double[0];
    /** Index of the first of four consecutive children, or -1 for a leaf. */
    private int[] firstChild = new int[0];
    /** First node in a leaf (further ones chained through {@link #nextBody}), or -1. */
    private int[] body = new int[0];
    private int[] nextBody = new int[0];

    /** Builds the tree over nodes {@code 0..n-1}. */
    void build(double[] x, double[] y, double[] nodeMass, int n) {
        if (nextBody.length < n) {
            nextBody = new int[n];
        }
        ensureCells(Math.max(16, 2 * n));
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * 1.0001;
        cellCount = 0;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, side);
        for (int i = 0; i < n; i++) {
            insert(i, x, y, nodeMass);
        }
        for (int c = 0; c < cellCount; c++) {
            if (mass[c] > 0) {
                massX[c] /= mass[c];
                massY[c] /= mass[c];
            }
        }
    }

    private void insert(int node, double[] x, double[] y, double[] nodeMass) {
        double px = x[node];
        double py = y[node];
        double m = nodeMass[node];
        int cell = 0;
        int depth = 0;
        while (true) {
            mass[cell] += m;
            massX[cell] += m * px;
            massY[cell] += m * py;
            if (firstChild[cell] < 0) {
                int resident = body[cell];
                if (resident < 0) {
                    body[cell] = node;
                    nextBody[node] = -1;
                    return;
                }
                if (depth >= MAX_DEPTH) {
                    nextBody[node] = resident;
                    body[cell] = node;
                    return;
                }
                // Split the leaf and move its single resident down one level.
                split(cell);
                body[cell] = -1;
                int residentCell = firstChild[cell] + quadrant(cell, x[resident], y[resident]);
                double rm = nodeMass[resident];
                mass[residentCell] = rm;
                massX[residentCell] = rm * x[resident];
                massY[residentCell] = rm * y[resident];
                body[residentCell] = resident;
            }
            cell = firstChild[cell] + quadrant(cell, px, py);
            depth++;
        }
    }

    private int quadrant(int cell, double px, double py) {
        return (px >= centreX[cell] ? 1 : 0) + (py >= centreY[cell] ? 2 : 0);
    }

    private void split(int cell) {
        ensureCells(cellCount + 4);
        double quarter = width[cell] / 4;
        double childWidth = width[cell] / 2;
        firstChild[cell] = cellCount;
        newCell(centreX[cell] - quarter, centreY[cell] - quarter, childWidth);
        newCell(centreX[cell] + quarter, centreY[cell] - quarter, childWidth);
        newCell(centreX[cell] - quarter, centreY[cell] + quarter, childWidth);
        newCell(centreX[cell] + quarter, centreY[cell] + quarter, childWidth);
    }

    private void newCell(double cx, double cy, double side) {
        int c = cellCount++;
        centreX[c] = cx;
        centreY[c] = cy;
        width[c] = side;
        mass[c] = 0;
        massX[c] = 0;
        massY[c] = 0;
        firstChild[c] = -1;
        body[c] = -1;
    }

    private void ensureCells(int capacity) {
        if (capacity <= centreX.length) {
            return;
        }
        int size = Math.max(capacity, centreX.length * 2);
        centreX = Arrays.copyOf(centreX, size);
        centreY = Arrays.copyOf(centreY, size);
        width = Arrays.copyOf(width, size);
        mass = Arrays.copyOf(mass, size);
        massX = Arrays.copyOf(massX, size);
        massY = Arrays.copyOf(massY, size);
        firstChild = Arrays.copyOf(firstChild, size);
        body = Arrays.copyOf(body, size);
    }

    /**
     * Adds to ({@code fx[i]}, {@code fy[i]}) the repulsion of all other nodes on node {@code i}.
     *
     * @param repulsion the force law (plain or overlap-aware)
     * @param theta the opening criterion
     * @param stack scratch space of at least {@link #STACK_SIZE} entries, one per calling thread
     */
    void addRepulsion(int i, double[] x, double[] y, Repulsion repulsion, double theta,
            double[] fx, double[] fy, int[] stack) {
        double xi = x[i];
        double yi = y[i];
        double theta2 = theta * theta;
        double sumX = 0;
        double sumY = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            int child = firstChild[c];
            if (child < 0) {
                for (int j = body[c]; j >= 0; j = nextBody[j]) {
                    if (j != i) {
                        double px = xi - x[j];
                        double py = yi - y[j];
                        double pd2 = px * px + py * py;
                        if (pd2 > 0) {
                            double factor = repulsion.pairFactor(i, j, pd2);
                            sumX += px * factor;
                            sumY += py * factor;
                        } else {
                            sumX += repulsion.coincidentX(i, j);
                            sumY += repulsion.coincidentY(i, j);
                        }
                    }
                }
                continue;
            }
            double ddx = xi - massX[c];
            double ddy = yi - massY[c];
            double d2 = ddx * ddx + ddy * ddy;
            double w = width[c];
            double halfWidth = w / 2;
            boolean containsNode = Math.abs(xi - centreX[c]) <= halfWidth && Math.abs(yi - centreY[c]) <= halfWidth;
            if (!containsNode && w * w < theta2 * d2) {
                double factor = repulsion.cellFactor(i, mass[c], d2);
                sumX += ddx * factor;
                sumY += ddy * factor;
            } else {
                for (int k = 0; k < 4; k++) {
                    if (mass[child + k] > 0) {
                        stack[top++] = child + k;
                    }
                }
            }
        }
        fx[i] += sumX;
        fy[i] += sumY;
    }
}
