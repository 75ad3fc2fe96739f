package tieline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BarnesHutTreeTest {

    @Test
    void approximationErrorShrinksWithThetaAndVanishesWhenThetaIsTiny() {
        int n = 2000;
        Random random = new Random(3);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            // Clustered points, as in a laid-out graph, with a few heavy hubs.
            double cx = (i % 5) * 100;
            x[i] = cx + random.nextGaussian() * 20;
            y[i] = random.nextGaussian() * 20;
            mass[i] = 1 + (i % 97 == 0 ? 100 : random.nextInt(5));
        }
        Repulsion repulsion = new Repulsion(2.0, mass, new double[n], false);
        double[] ex = new double[n];
        double[] ey = new double[n];
        for (int i = 0; i < n; i++) {
            repulsion.addExact(i, x, y, n, ex, ey);
        }
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, mass, n);
        assertEquals(0.0, relativeError(tree, repulsion, x, y, ex, ey, 1e-6), 1e-12);
        double fine = relativeError(tree, repulsion, x, y, ex, ey, 0.5);
        double coarse = relativeError(tree, repulsion, x, y, ex, ey, 1.2);
        assertTrue(fine < 0.01, "theta 0.5: mean relative error " + fine);
        assertTrue(coarse > fine && coarse < 0.1, "theta 1.2: mean relative error " + coarse);
    }

    private static double relativeError(BarnesHutTree tree, Repulsion repulsion, double[] x, double[] y,
            double[] ex, double[] ey, double theta) {
        int n = x.length;
        int[] stack = new int[BarnesHutTree.STACK_SIZE];
        double[] ax = new double[n];
        double[] ay = new double[n];
        double errorSum = 0;
        double normSum = 0;
        for (int i = 0; i < n; i++) {
            tree.addRepulsion(i, x, y, repulsion, theta, ax, ay, stack);
            double error = Math.hypot(ax[i] - ex[i], ay[i] - ey[i]);
            errorSum += error < 1e-9 * Math.hypot(ex[i], ey[i]) ? 0 : error;
            normSum += Math.hypot(ex[i], ey[i]);
        }
        return errorSum / normSum;
    }

    @Test
    void manyNodesOnOnePointDoNotBreakTheTree() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] mass = new double[n];
        java.util.Arrays.fill(mass, 1.0);
        x[49] = 10;
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, mass, n);
        Repulsion repulsion = new Repulsion(1.0, mass, new double[n], false);
        double[] fx = new double[n];
        double[] fy = new double[n];
        tree.addRepulsion(49, x, y, repulsion, 1.2, fx, fy, new int[BarnesHutTree.STACK_SIZE]);
        assertEquals(49 * 1.0 / 10, fx[49], 1e-9);
    }
}
