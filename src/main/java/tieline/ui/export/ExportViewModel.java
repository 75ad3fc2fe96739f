package tieline.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tieline.briefing.BriefingOptions;
import tieline.briefing.BriefingScene;
import tieline.briefing.BriefingSceneBuilder;
import tieline.briefing.LayoutPoint;
import tieline.cable.Classification;
import tieline.export.ExportException;
import tieline.graph.GraphView;
import tieline.render.BriefingFormat;
import tieline.render.BriefingOutput;
import tieline.render.BriefingPainter;
import tieline.render.PaperSize;
import tieline.render.PngBriefingWriter;
import tieline.ui.MainViewModel;
import tieline.ui.Selection;
import tieline.ui.graph.NodePositions;

/**
 * State of the File &gt; Export dialog: format, paper, resolution, ceiling, title and whether the
 * selection is emphasised. Builds the briefing scene from exactly what the main view shows (its
 * filters, time range and positions) and writes or previews it. Tested without a display.
 */
public final class ExportViewModel {

    private final MainViewModel main;
    private final ObjectProperty<BriefingFormat> format = new SimpleObjectProperty<>(BriefingFormat.PDF);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.LETTER);
    private final IntegerProperty dpi = new SimpleIntegerProperty(PngBriefingWriter.DEFAULT_DPI);
    private final ObjectProperty<Classification> ceiling = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty emphasiseSelection = new SimpleBooleanProperty(true);
    private final BriefingSceneBuilder builder = new BriefingSceneBuilder();
    private final BriefingPainter painter = new BriefingPainter();

    public ExportViewModel(MainViewModel main) {
        this.main = main;
        ceiling.set(main.filters().ceilingProperty().get());
    }

    public ObjectProperty<BriefingFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public IntegerProperty dpiProperty() {
        return dpi;
    }

    /** The highest marking the export may carry; null means every marking. */
    public ObjectProperty<Classification> ceilingProperty() {
        return ceiling;
    }

    /** The headline; blank means the default made from the selection and the range. */
    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty emphasiseSelectionProperty() {
        return emphasiseSelection;
    }

    /** The output settings chosen. */
    public BriefingOutput output() {
        return new BriefingOutput(format.get(), paper.get(), true, dpi.get());
    }

    /** What to draw: the main view as shown, under the chosen ceiling. */
    public BriefingOptions options() {
        GraphView view = main.view();
        BriefingOptions o = BriefingOptions.network(ceiling.get())
                .withDateRange(view.filter().from(), view.filter().to());
        Set<String> selected = selectedEntities(view);
        if (!selected.isEmpty()) {
            o = o.withSelection(selected, emphasiseSelection.get());
        }
        String t = title.get();
        return t == null || t.isBlank() ? o : o.withTitle(t.strip());
    }

    /** Builds the scene; safe to call off the FX thread once the options are taken. */
    public BriefingScene scene(BriefingOptions options) {
        return builder.build(main.view(), positions(), options);
    }

    /** A preview image of the page, {@code width} pixels wide. */
    public BufferedImage preview(BriefingScene scene, BriefingOutput output, int width) {
        return painter.preview(scene, output.page(), width);
    }

    /** Writes the scene atomically; the exception carries a message for the user. */
    public void export(BriefingScene scene, BriefingOutput output, Path file) throws ExportException {
        output.write(scene, file);
    }

    /** A file name to suggest, e.g. {@code tieline-briefing.pdf}. */
    public String suggestedFileName() {
        return "tieline-briefing." + format.get().extension();
    }

    private Set<String> selectedEntities(GraphView view) {
        Selection selection = main.selectionProperty().get();
        if (selection == null) {
            return Set.of();
        }
        if (selection.isEntity()) {
            return Set.of(selection.id());
        }
        if (selection.isRelationship()) {
            return view.relationship(selection.id()).map(r -> Set.of(r.sourceId(), r.targetId())).orElse(Set.of());
        }
        return Set.of();
    }

    private Map<String, LayoutPoint> positions() {
        NodePositions p = main.positions();
        Map<String, LayoutPoint> out = new HashMap<>();
        for (var e : main.view().entities()) {
            double[] xy = p.get(e.id());
            if (xy != null) {
                out.put(e.id(), new LayoutPoint(xy[0], xy[1]));
            }
        }
        return out;
    }
}
