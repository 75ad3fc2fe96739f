package tieline.ui.timeline;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import tieline.model.Evidence;

/**
 * A relationship's timeline: a dated axis, one row per cable, one mark per evidence at its
 * date, coloured by relation type and labelled with the paragraph's portion marking. Hovering
 * a mark shows the quote; clicking it opens the source paragraph. Each mark is a node with
 * the id from {@link TimelineMark#id()} and the evidence as user data.
 */
public final class TimelineView extends Pane {

    private static final double LABEL_WIDTH = 86;
    private static final double RIGHT_PAD = 34;
    private static final double STACK_STEP = 17;
    private static final double ROW_PAD = 5;
    private static final double AXIS_HEIGHT = 24;
    private static final double MARK_HEIGHT = 15;

    private final Consumer<Evidence> open;
    private TimelineModel model;

    /** @param open called with the evidence of a clicked mark */
    public TimelineView(Consumer<Evidence> open) {
        this.open = open;
        getStyleClass().add("timeline");
        setId("relationship-timeline");
        widthProperty().addListener((o, a, b) -> rebuild());
        setMinHeight(60);
    }

    /** Shows a timeline (null: nothing). */
    public void setModel(TimelineModel newModel) {
        model = newModel;
        rebuild();
    }

    private double rowHeight() {
        return ROW_PAD * 2 + (model.maxStack() + 1) * STACK_STEP;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (model == null) {
            return 60;
        }
        return model.rows().size() * rowHeight() + AXIS_HEIGHT + 8;
    }

    private void rebuild() {
        getChildren().clear();
        if (model == null) {
            return;
        }
        double width = Math.max(240, getWidth());
        double axisWidth = width - LABEL_WIDTH - RIGHT_PAD;
        double rowHeight = rowHeight();
        for (int r = 0; r < model.rows().size(); r++) {
            double top = r * rowHeight;
            if (r % 2 == 0) {
                Rectangle stripe = new Rectangle(0, top, width, rowHeight);
                stripe.getStyleClass().add("timeline-stripe");
                getChildren().add(stripe);
            }
            Label cable = new Label(model.rows().get(r));
            cable.getStyleClass().add("timeline-row-label");
            cable.relocate(6, top + rowHeight / 2 - 9);
            getChildren().add(cable);
        }
        double axisY = model.rows().size() * rowHeight + 4;
        Line axis = new Line(LABEL_WIDTH, axisY, LABEL_WIDTH + axisWidth, axisY);
        axis.getStyleClass().add("timeline-axis");
        getChildren().add(axis);
        for (TimelineTick tick : model.ticks()) {
            double x = LABEL_WIDTH + tick.position() * axisWidth;
            Line t = new Line(x, 0, x, axisY + 4);
            t.getStyleClass().add("timeline-gridline");
            Text label = new Text(tick.label());
            label.getStyleClass().add("timeline-tick-label");
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(axisY + 17);
            getChildren().addAll(t, label);
        }
        for (TimelineMark m : model.marks()) {
            getChildren().add(mark(m, axisWidth, rowHeight));
        }
    }

    private Label mark(TimelineMark m, double axisWidth, double rowHeight) {
        Evidence e = m.evidence();
        String code = e.marking() == null ? "?" : e.marking().portionCode();
        Label mark = new Label(code);
        mark.setId(m.id());
        mark.setUserData(e);
        mark.getStyleClass().addAll("timeline-mark", "rel-" + cssName(e.type().name()));
        mark.setMinHeight(MARK_HEIGHT);
        mark.setPrefHeight(MARK_HEIGHT);
        mark.setMaxHeight(MARK_HEIGHT);
        double markWidth = 10 + 6.5 * code.length();
        mark.setMinWidth(markWidth);
        mark.setPrefWidth(markWidth);
        double x = m.undated() ? LABEL_WIDTH + axisWidth + 6 : LABEL_WIDTH + m.position() * axisWidth - markWidth / 2;
        double y = m.row() * rowHeight + ROW_PAD + m.stack() * STACK_STEP;
        mark.relocate(x, y);
        Tooltip tip = new Tooltip(describe(e));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(mark, tip);
        mark.setOnMouseClicked(ev -> open.accept(e));
        return mark;
    }

    /** Tooltip text: date, type, marking, source, then the quote. */
    public static String describe(Evidence e) {
        return String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 (%s)%n%s \u00b6%d%n\u201c%s\u201d",
                e.date() == null ? "undated" : e.date(), e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                e.marking() == null ? "unmarked" : e.marking().portionCode(), e.cableId(), e.paragraph(), e.quote());
    }

    static String cssName(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The model shown, or null. */
    public TimelineModel model() {
        return model;
    }
}
