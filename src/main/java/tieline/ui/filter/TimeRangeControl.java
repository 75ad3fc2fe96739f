package tieline.ui.filter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.controlsfx.control.RangeSlider;
import tieline.ui.Icons;

/**
 * The time-range slider: evidence per month drawn as bars under a two-thumb slider, the
 * selected range as text, and a play button that sweeps the window across the span.
 */
public final class TimeRangeControl extends VBox {

    private static final double DENSITY_HEIGHT = 36;

    private final TimeRangeViewModel model;
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final Pane density = new Pane();
    private final Button play = new Button();
    private final Timeline sweep;
    private boolean syncing;

    public TimeRangeControl(TimeRangeViewModel model) {
        super(4);
        this.model = model;
        setId("time-range");
        getStyleClass().add("time-range");
        Label heading = new Label("Time range");
        heading.getStyleClass().add("panel-heading");
        Label range = new Label();
        range.setId("time-range-label");
        range.getStyleClass().add("muted");
        range.textProperty().bind(model.labelProperty());
        play.setId("time-play");
        play.setGraphic(Icons.PLAY.node());
        play.setTooltip(new Tooltip("Play: sweep the time window across the whole span (Ctrl+P)"));
        play.getStyleClass().addAll("flat", "small");
        play.setOnAction(e -> togglePlay());
        Button reset = new Button();
        reset.setGraphic(Icons.RESET.node());
        reset.setTooltip(new Tooltip("Whole span"));
        reset.getStyleClass().addAll("flat", "small");
        reset.setOnAction(e -> model.reset());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, heading, spacer, play, reset);
        head.setAlignment(Pos.CENTER_LEFT);

        density.setPrefHeight(DENSITY_HEIGHT);
        density.setMinHeight(DENSITY_HEIGHT);
        density.getStyleClass().add("density");
        density.widthProperty().addListener((o, a, b) -> drawDensity());
        slider.setId("time-slider");
        slider.setShowTickMarks(false);
        slider.setSnapToTicks(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.lowValueProperty().addListener((o, a, b) -> fromSlider());
        slider.highValueProperty().addListener((o, a, b) -> fromSlider());
        getChildren().addAll(head, density, slider, range);

        model.changesProperty().addListener((o, a, b) -> toSlider());
        model.revisionProperty().addListener((o, a, b) -> spanChanged());
        sweep = new Timeline(new KeyFrame(Duration.millis(550), e -> model.advance()));
        sweep.setCycleCount(Animation.INDEFINITE);
        model.playingProperty().addListener((o, a, playing) -> {
            play.setGraphic(playing ? Icons.PAUSE.node() : Icons.PLAY.node());
            if (playing) {
                sweep.play();
            } else {
                sweep.stop();
            }
        });
        spanChanged();
    }

    /** Starts or pauses the sweep. */
    public void togglePlay() {
        if (model.playingProperty().get()) {
            model.pause();
        } else {
            model.play();
        }
    }

    private void spanChanged() {
        syncing = true;
        try {
            int last = Math.max(1, model.months().size() - 1);
            slider.setMax(last);
            slider.setMin(0);
            slider.setLowValue(model.fromProperty().get());
            slider.setHighValue(model.toProperty().get());
            slider.setDisable(model.months().size() < 2);
        } finally {
            syncing = false;
        }
        drawDensity();
    }

    private void toSlider() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            slider.setHighValue(model.toProperty().get());
            slider.setLowValue(model.fromProperty().get());
            slider.setHighValue(model.toProperty().get());
        } finally {
            syncing = false;
        }
        drawDensity();
    }

    private void fromSlider() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            model.select((int) Math.round(slider.getLowValue()), (int) Math.round(slider.getHighValue()));
        } finally {
            syncing = false;
        }
        drawDensity();
    }

    private void drawDensity() {
        density.getChildren().clear();
        int[] counts = model.counts();
        if (counts.length == 0) {
            return;
        }
        double width = density.getWidth();
        double barWidth = width / counts.length;
        double max = model.maxCount();
        int from = model.fromProperty().get();
        int to = model.toProperty().get();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double h = Math.max(2, (DENSITY_HEIGHT - 2) * Math.sqrt(counts[i] / max));
            Rectangle bar = new Rectangle(i * barWidth, DENSITY_HEIGHT - h, Math.max(1, barWidth - 0.5), h);
            bar.getStyleClass().add("density-bar");
            if (i >= from && i <= to) {
                bar.getStyleClass().add("selected");
            }
            Tooltip.install(bar, new Tooltip(model.months().get(i) + ": " + counts[i] + " pieces of evidence"));
            density.getChildren().add(bar);
        }
    }
}
