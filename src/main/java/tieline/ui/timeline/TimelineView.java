package tieline.ui.timeline;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    protected double computePrefHeight(double width) {
        if (model == null) {
            return 60;
        }
        return layoutRows(Math.max(240, width)).totalHeight + AXIS_HEIGHT + 8;
    }

    /** Where the marks go at a width: left edges, widths, levels and row tops. */
    private record RowLayout(double[] left, double[] width, int[] level, double[] rowTop, double[] rowHeight,
                             double totalHeight) {
    }

    private RowLayout layoutRows(double width) {
        double axisWidth = width - LABEL_WIDTH - RIGHT_PAD;
        List<TimelineMark> marks = model.marks();
        int n = marks.size();
        double[] left = new double[n];
        double[] widths = new double[n];
        for (int i = 0; i < n; i++) {
            TimelineMark m = marks.get(i);
            widths[i] = markWidth(code(m.evidence()));
            left[i] = m.undated() ? LABEL_WIDTH + axisWidth + 6 : LABEL_WIDTH + m.position() * axisWidth - widths[i] / 2;
        }
        int rows = model.rows().size();
        int[] level = new int[n];
        int[] maxLevel = new int[rows];
        for (int r = 0; r < rows; r++) {
            List<Integer> inRow = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (marks.get(i).row() == r) {
                    inRow.add(i);
                }
            }
            double[] l = new double[inRow.size()];
            double[] w = new double[inRow.size()];
            for (int k = 0; k < inRow.size(); k++) {
                l[k] = left[inRow.get(k)];
                w[k] = widths[inRow.get(k)];
            }
            int[] levels = MarkPacking.levels(l, w, 2);
            for (int k = 0; k < inRow.size(); k++) {
                level[inRow.get(k)] = levels[k];
                maxLevel[r] = Math.max(maxLevel[r], levels[k]);
            }
        }
        double[] rowTop = new double[rows];
        double[] rowHeight = new double[rows];
        double y = 0;
        for (int r = 0; r < rows; r++) {
            rowTop[r] = y;
            rowHeight[r] = ROW_PAD * 2 + (maxLevel[r] + 1) * STACK_STEP;
            y += rowHeight[r];
        }
        return new RowLayout(left, widths, level, rowTop, rowHeight, y);
    }

    private void rebuild() {
        getChildren().clear();
        if (model == null) {
            return;
        }
        double width = Math.max(240, getWidth());
        double axisWidth = width - LABEL_WIDTH - RIGHT_PAD;
        RowLayout layout = layoutRows(width);
        for (int r = 0; r < model.rows().size(); r++) {
            double top = layout.rowTop[r];
            double height = layout.rowHeight[r];
            if (r % 2 == 0) {
                Rectangle stripe = new Rectangle(0, top, width, height);
                stripe.getStyleClass().add("timeline-stripe");
                getChildren().add(stripe);
            }
            Label cable = new Label(model.rows().get(r));
            cable.getStyleClass().add("timeline-row-label");
            cable.relocate(6, top + height / 2 - 9);
            getChildren().add(cable);
        }
        double axisY = layout.totalHeight + 4;
        Line axis = new Line(LABEL_WIDTH, axisY, LABEL_WIDTH + axisWidth, axisY);
        axis.getStyleClass().add("timeline-axis");
        getChildren().add(axis);
        double lastLabelEnd = -Double.MAX_VALUE;
        for (TimelineTick tick : model.ticks((int) (axisWidth / 60))) {
            double x = LABEL_WIDTH + tick.position() * axisWidth;
            Line t = new Line(x, 0, x, axisY + 4);
            t.getStyleClass().add("timeline-gridline");
            getChildren().add(t);
            Text label = new Text(tick.label());
            label.getStyleClass().add("timeline-tick-label");
            double w = label.getLayoutBounds().getWidth();
            double lx = Math.max(LABEL_WIDTH - 10, Math.min(width - w - 2, x - w / 2));
            if (lx > lastLabelEnd + 6) {
                label.setX(lx);
                label.setY(axisY + 17);
                getChildren().add(label);
                lastLabelEnd = lx + w;
            }
        }
        List<TimelineMark> marks = model.marks();
        for (int i = 0; i < marks.size(); i++) {
            TimelineMark m = marks.get(i);
            double y = layout.rowTop[m.row()] + ROW_PAD + layout.level[i] * STACK_STEP;
            getChildren().add(mark(m, layout.left[i], y, layout.width[i]));
        }
    }

    private static String code(Evidence e) {
        return e.marking() == null ? "?" : e.marking().portionCode();
    }

    private static double markWidth(String code) {
        return 10 + 6.5 * code.length();
    }

    private Label mark(TimelineMark m, double x, double y, double markWidth) {
        Evidence e = m.evidence();
        Label mark = new Label(code(e));
        mark.setId(m.id());
        mark.setUserData(e);
        mark.getStyleClass().addAll("timeline-mark", "rel-" + cssName(e.type().name()));
        mark.setMinHeight(MARK_HEIGHT);
        mark.setPrefHeight(MARK_HEIGHT);
        mark.setMaxHeight(MARK_HEIGHT);
        mark.setMinWidth(markWidth);
        mark.setPrefWidth(markWidth);
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
