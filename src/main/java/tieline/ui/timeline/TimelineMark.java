package tieline.ui.timeline;

import tieline.model.Evidence;

/**
 * One evidence on a timeline.
 *
 * @param id       a stable id for the mark's node ({@code mark-08BAKU73-p1-0}), also used by tests
 * @param evidence the evidence it stands for
 * @param row      the cable row it sits in (0 = first cable)
 * @param position where it sits on the axis, 0..1; 1 for undated evidence (drawn past the end)
 */
public record TimelineMark(String id, Evidence evidence, int row, double position) {

    /** True when the evidence has no date. */
    public boolean undated() {
        return evidence.date() == null;
    }
}
