package tieline.ui.graph;

/** Supplies rendered label text to the renderer. */
public interface LabelSprites {

    /**
     * The label rendered at a font size, or null when it is not ready yet; a missing label is
     * remembered so the owner can render it before the next frame.
     */
    LabelSprite sprite(String text, int fontSize, boolean bold);

    /** Renders the labels asked for but missing; true when any were added (draw again). */
    boolean renderMissing();
}
