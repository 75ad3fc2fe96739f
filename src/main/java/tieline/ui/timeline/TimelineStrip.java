package tieline.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import tieline.model.Evidence;
import tieline.ui.graph.GraphPalette;

/**
 * A small inline timeline: one tick per evidence on a shared date scale, coloured by relation
 * type. Used beside each relationship in an entity's details.
 */
public final class TimelineStrip extends Canvas {

    public TimelineStrip(List<Evidence> evidence, LocalDate start, LocalDate end, GraphPalette palette,
                         Color axis, double width, double height) {
        super(width, height);
        getStyleClass().add("timeline-strip");
        GraphicsContext gc = getGraphicsContext2D();
        double mid = height / 2;
        gc.setStroke(axis);
        gc.setLineWidth(1);
        gc.strokeLine(2, mid, width - 2, mid);
        if (start == null || end == null) {
            return;
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        for (Evidence e : evidence) {
            if (e.date() == null) {
                continue;
            }
            double x = 4 + (width - 8) * ChronoUnit.DAYS.between(start, e.date()) / days;
            gc.setFill(palette.edge(e.type()));
            gc.fillRoundRect(x - 2, 2, 4, height - 4, 2, 2);
        }
    }
}
