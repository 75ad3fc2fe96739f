package tieline.layout;

/**
 * ForceAtlas2's global speed (Jacomy et al. 2014, section "Adaptive speed"): compares the total
 * swinging (how much each node's force changed direction since the previous iteration) with the
 * total effective traction (how much it kept pulling the same way), both weighted by mass, and
 * raises the speed while nodes move consistently and lowers it when they oscillate. Follows Gephi's
 * implementation, including its jitter tolerance estimate and speed-efficiency damping.
 */
final class AdaptiveSpeed {

    private static final double MIN_SPEED_EFFICIENCY = 0.05;
    private static final double MAX_JITTER_TOLERANCE = 10;
    private static final double MAX_RISE = 0.5;

    private final double jitterTolerance;
    private double speed = 1.0;
    private double speedEfficiency = 1.0;

    AdaptiveSpeed(double jitterTolerance) {
        this.jitterTolerance = jitterTolerance;
    }

    /**
     * Updates and returns the global speed from this iteration's totals.
     *
     * @param nodeCount number of nodes in the graph
     */
    double update(double totalSwinging, double totalTraction, int nodeCount) {
        if (!(totalSwinging > 0) || !(totalTraction > 0)) {
            return speed;
        }
        double estimatedOptimal = 0.05 * Math.sqrt(nodeCount);
        double minJitter = Math.sqrt(estimatedOptimal);
        double jitter = jitterTolerance * Math.max(minJitter,
                Math.min(MAX_JITTER_TOLERANCE, estimatedOptimal * totalTraction / ((double) nodeCount * nodeCount)));
        if (totalSwinging / totalTraction > 2.0) {
            if (speedEfficiency > MIN_SPEED_EFFICIENCY) {
                speedEfficiency *= 0.5;
            }
            jitter = Math.max(jitter, jitterTolerance);
        }
        double targetSpeed = jitter * speedEfficiency * totalTraction / totalSwinging;
        if (totalSwinging > jitter * totalTraction) {
            if (speedEfficiency > MIN_SPEED_EFFICIENCY) {
                speedEfficiency *= 0.7;
            }
        } else if (speed < 1000) {
            speedEfficiency *= 1.3;
        }
        speed = speed + Math.min(targetSpeed - speed, MAX_RISE * speed);
        return speed;
    }

    /** The current global speed. */
    double speed() {
        return speed;
    }
}
