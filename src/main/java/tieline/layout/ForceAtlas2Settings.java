package tieline.layout;

/**
 * Parameters of {@link ForceAtlas2Layout}, named as in Gephi's ForceAtlas2 (Jacomy et al. 2014),
 * plus one of Tieline's ({@code attractionMassExponent}). Immutable; change one value with the {@code with...} methods, for example
 * {@code ForceAtlas2Settings.defaults().withLinLogMode(true).withThreads(2)}.
 *
 * @param scalingRatio strength of repulsion relative to attraction; larger spreads the graph
 * @param gravity pull of every node towards the origin, keeps components together
 * @param strongGravity gravity grows with distance from the origin instead of being constant
 * @param edgeWeightInfluence exponent applied to edge weights (0: ignore weights, 1: as given)
 * @param barnesHut approximate repulsion with a Barnes-Hut quadtree (O(n log n) instead of O(n²))
 * @param barnesHutTheta opening criterion: a quadtree cell whose width divided by its distance is
 *     below theta acts as one body; larger is faster and coarser
 * @param linLogMode logarithmic attraction: tighter clusters
 * @param preventOverlap repel nodes whose discs (radius {@link LayoutGraph#size(int)}) overlap
 * @param jitterTolerance how much swinging is tolerated; larger converges faster and less precisely
 * @param outboundAttractionDistribution divide the attraction on each end of an edge by that node's mass,
 *     so hubs are pushed to the border
 *     ("dissuade hubs" in Gephi)
 * @param attractionMassExponent attraction along an edge is multiplied by
 *     {@code (mass(a) * mass(b)) ^ attractionMassExponent}. 0 is Gephi's ForceAtlas2, whose
 *     degree-weighted repulsion stretches the edges at hubs (an edge settles at a length proportional
 *     to {@code sqrt(mass(a) * mass(b))}); Tieline's default {@value #BALANCED_ATTRACTION} pulls them in
 *     part of the way, which draws graph distances more faithfully (docs/adr/0040)
 * @param threads threads that compute repulsion; results do not depend on this number
 */
public record ForceAtlas2Settings(
        double scalingRatio,
        double gravity,
        boolean strongGravity,
        double edgeWeightInfluence,
        boolean barnesHut,
        double barnesHutTheta,
        boolean linLogMode,
        boolean preventOverlap,
        double jitterTolerance,
        boolean outboundAttractionDistribution,
        double attractionMassExponent,
        int threads) {

    /** Validates the values. */
    public ForceAtlas2Settings {
        requirePositive("scalingRatio", scalingRatio);
        requireNonNegative("gravity", gravity);
        requireNonNegative("edgeWeightInfluence", edgeWeightInfluence);
        requirePositive("barnesHutTheta", barnesHutTheta);
        requirePositive("jitterTolerance", jitterTolerance);
        requireNonNegative("attractionMassExponent", attractionMassExponent);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number not below 0, got " + value);
        }
    }

    /** Tieline's default attraction mass exponent; see {@link #attractionMassExponent()}. */
    public static final double BALANCED_ATTRACTION = 0.25;

    /**
     * Gephi's ForceAtlas2 defaults for a graph of 100 nodes or more, unchanged: scaling 2, gravity 1,
     * weights as given, Barnes-Hut with theta 1.2, linear attraction, no overlap prevention, jitter
     * tolerance 1, no attraction mass exponent, one thread.
     */
    public static ForceAtlas2Settings gephi() {
        return new ForceAtlas2Settings(2.0, 1.0, false, 1.0, true, 1.2, false, false, 1.0, false, 0.0, 1);
    }

    /**
     * Tieline's defaults: {@link #gephi()} with the attraction along each edge balanced against the
     * degree-weighted repulsion ({@code attractionMassExponent} {@value #BALANCED_ATTRACTION}).
     */
    public static ForceAtlas2Settings defaults() {
        return gephi().withAttractionMassExponent(BALANCED_ATTRACTION);
    }

    /**
     * {@link #defaults()} adjusted to the graph's size as Gephi does: scaling 10 below 100 nodes
     * (small graphs look cramped otherwise) and 2 above; Barnes-Hut from 1,000 nodes (exact repulsion
     * is cheap and smoother below).
     */
    public static ForceAtlas2Settings recommendedFor(LayoutGraph graph) {
        int n = graph.nodeCount();
        return defaults().withScalingRatio(n < 100 ? 10.0 : 2.0).withBarnesHut(n >= 1000);
    }

    /** These settings with {@code scalingRatio} changed. */
    public ForceAtlas2Settings withScalingRatio(double value) {
        return new ForceAtlas2Settings(value, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code gravity} changed. */
    public ForceAtlas2Settings withGravity(double value) {
        return new ForceAtlas2Settings(scalingRatio, value, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code strongGravity} changed. */
    public ForceAtlas2Settings withStrongGravity(boolean value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, value, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code edgeWeightInfluence} changed. */
    public ForceAtlas2Settings withEdgeWeightInfluence(double value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, value, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code barnesHut} changed. */
    public ForceAtlas2Settings withBarnesHut(boolean value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, value,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code barnesHutTheta} changed. */
    public ForceAtlas2Settings withBarnesHutTheta(double value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                value, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code linLogMode} changed. */
    public ForceAtlas2Settings withLinLogMode(boolean value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, value, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code preventOverlap} changed. */
    public ForceAtlas2Settings withPreventOverlap(boolean value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, value, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code jitterTolerance} changed. */
    public ForceAtlas2Settings withJitterTolerance(double value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, value, outboundAttractionDistribution, attractionMassExponent, threads);
    }

    /** These settings with {@code outboundAttractionDistribution} changed. */
    public ForceAtlas2Settings withOutboundAttractionDistribution(boolean value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, value, attractionMassExponent, threads);
    }

    /** These settings with {@code attractionMassExponent} changed. */
    public ForceAtlas2Settings withAttractionMassExponent(double value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, value,
                threads);
    }

    /** These settings with {@code threads} changed. */
    public ForceAtlas2Settings withThreads(int value) {
        return new ForceAtlas2Settings(scalingRatio, gravity, strongGravity, edgeWeightInfluence, barnesHut,
                barnesHutTheta, linLogMode, preventOverlap, jitterTolerance, outboundAttractionDistribution, attractionMassExponent, value);
    }
}
