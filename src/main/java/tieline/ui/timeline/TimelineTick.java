package tieline.ui.timeline;

/**
 * A labelled tick on a timeline axis.
 *
 * @param position 0..1 along the axis
 * @param label    e.g. {@code 2008} or {@code Mar}
 */
public record TimelineTick(double position, String label) {
}
