package tieline.ui.graph;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures label widths with the JavaFX text engine (one reusable {@link Text}). */
public final class TextMeasure implements LabelPlanner.TextWidth {

    private final Text probe = new Text();

    @Override
    public double of(String text, double fontSize) {
        probe.setFont(Font.font(Font.getDefault().getFamily(), fontSize));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
