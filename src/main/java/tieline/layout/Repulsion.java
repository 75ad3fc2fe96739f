package tieline.layout;

/**
 * ForceAtlas2's degree-weighted repulsion: nodes {@code i} and {@code j} push each other apart with a
 * force of {@code scalingRatio * mass(i) * mass(j) / distance}. With overlap prevention the distance is
 * measured between the node discs, and overlapping discs repel with a force a hundred times stronger.
 *
 * <p>The factors returned here multiply the vector from {@code j} to {@code i}.
 */
final class Repulsion {

    /** Gephi's multiplier for the repulsion of overlapping discs. */
    private static final double OVERLAP_BOOST = 100;

    private final double coefficient;
    private final double[] mass;
    private final double[] size;
    private final boolean preventOverlap;

    Repulsion(double scalingRatio, double[] mass, double[] size, boolean preventOverlap) {
        this.coefficient = scalingRatio;
        this.mass = mass;
        this.size = size;
        this.preventOverlap = preventOverlap;
    }

    /** Factor for the pair at squared distance {@code d2 > 0}. */
    double pairFactor(int i, int j, double d2) {
        double strength = coefficient * mass[i] * mass[j];
        if (!preventOverlap) {
            return strength / d2;
        }
        double gap = Math.sqrt(d2) - size[i] - size[j];
        if (gap > 0) {
            return strength / (gap * gap);
        }
        return gap < 0 ? OVERLAP_BOOST * strength : 0;
    }

    /** Factor for a far cell of total mass {@code cellMass} whose centre of mass is at squared distance {@code d2}. */
    double cellFactor(int i, double cellMass, double d2) {
        return coefficient * mass[i] * cellMass / d2;
    }

    /**
     * X component of the push on {@code i} from a node at exactly the same point: unit-distance
     * strength in a direction fixed by the pair (opposite for {@code j}), so that twins separate
     * deterministically.
     */
    double coincidentX(int i, int j) {
        return Math.cos(pairAngle(i, j)) * coincidentStrength(i, j);
    }

    /** Y component matching {@link #coincidentX(int, int)}. */
    double coincidentY(int i, int j) {
        return Math.sin(pairAngle(i, j)) * coincidentStrength(i, j);
    }

    private double coincidentStrength(int i, int j) {
        return (i < j ? 1 : -1) * coefficient * mass[i] * mass[j];
    }

    private static double pairAngle(int i, int j) {
        long h = Math.min(i, j) * 0x9E3779B97F4A7C15L + Math.max(i, j) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53 * 2 * Math.PI;
    }

    /** Adds the exact repulsion of all {@code n} nodes on node {@code i} (O(n), no approximation). */
    void addExact(int i, double[] x, double[] y, int n, double[] fx, double[] fy) {
        double xi = x[i];
        double yi = y[i];
        double sumX = 0;
        double sumY = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double dx = xi - x[j];
            double dy = yi - y[j];
            double d2 = dx * dx + dy * dy;
            if (d2 > 0) {
                double factor = pairFactor(i, j, d2);
                sumX += dx * factor;
                sumY += dy * factor;
            } else {
                sumX += coincidentX(i, j);
                sumY += coincidentY(i, j);
            }
        }
        fx[i] += sumX;
        fy[i] += sumY;
    }
}
