package tieline.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import tieline.briefing.BriefingOptions;
import tieline.briefing.BriefingScene;
import tieline.cable.Classification;
import tieline.render.BriefingFormat;
import tieline.render.BriefingOutput;
import tieline.render.PaperSize;
import tieline.render.PngBriefingWriter;

/**
 * File &gt; Export: a dialog with a live preview of the briefing page and its settings (format,
 * paper, resolution, classification ceiling, title). Scenes are built and painted off the FX
 * thread; the file is written atomically, and a failure is shown as a plain message.
 */
public final class ExportDialog {

    private static final int PREVIEW_WIDTH = 640;
    private static final int FORM_WIDTH = 420;
    private static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final ExportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImageView preview = new ImageView();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label status = new Label();

    public ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Export Briefing");
        dialog.setHeaderText("Export the current view for a briefing");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new HBox(16, previewPane(), form()));
        dialog.getDialogPane().setId("export-dialog");
        dialog.getDialogPane().setPrefWidth(PREVIEW_WIDTH + FORM_WIDTH + 64);
        dialog.setResizable(true);
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            chooseFileAndExport();
        });
        InvalidationListener refresh = o -> refreshPreview();
        model.formatProperty().addListener(refresh);
        model.paperProperty().addListener(refresh);
        model.ceilingProperty().addListener(refresh);
        model.titleProperty().addListener(refresh);
        model.emphasiseSelectionProperty().addListener(refresh);
        refreshPreview();
    }

    /** Shows the dialog and waits until it closes. */
    public void showAndWait() {
        dialog.showAndWait();
    }

    private StackPane previewPane() {
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setPreserveRatio(true);
        preview.setId("export-preview");
        StackPane pane = new StackPane(preview, busy);
        pane.setMinSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 0.66);
        pane.getStyleClass().add("export-preview");
        return pane;
    }

    private GridPane form() {
        ComboBox<BriefingFormat> format = new ComboBox<>();
        format.getItems().setAll(BriefingFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("export-format");
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.getItems().setAll(PaperSize.values());
        paper.valueProperty().bindBidirectional(model.paperProperty());
        Spinner<Integer> dpi = new Spinner<>(PngBriefingWriter.MIN_DPI, PngBriefingWriter.MAX_DPI,
                model.dpiProperty().get(), 50);
        dpi.valueProperty().addListener((o, a, b) -> model.dpiProperty().set(b));
        dpi.disableProperty().bind(model.formatProperty().isNotEqualTo(BriefingFormat.PNG));
        ComboBox<Classification> ceiling = new ComboBox<>();
        List<Classification> ceilings = new ArrayList<>();
        ceilings.add(null);
        ceilings.addAll(Classification.ceilings());
        ceiling.getItems().setAll(ceilings);
        ceiling.setConverter(new StringConverter<>() {
            @Override
            public String toString(Classification c) {
                return c == null ? "No ceiling (all markings)" : c.bannerText();
            }

            @Override
            public Classification fromString(String s) {
                return null;
            }
        });
        ceiling.valueProperty().bindBidirectional(model.ceilingProperty());
        ceiling.setId("export-ceiling");
        TextField title = new TextField();
        title.setPromptText("Default: from the selection and the time range");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPrefColumnCount(28);
        title.setId("export-title");
        CheckBox emphasise = new CheckBox("Emphasise the selection");
        emphasise.selectedProperty().bindBidirectional(model.emphasiseSelectionProperty());
        status.setWrapText(true);
        status.setMaxWidth(320);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(4));
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Paper"), paper);
        grid.addRow(3, new Label("Resolution (DPI)"), dpi);
        grid.addRow(4, new Label("Classification ceiling"), ceiling);
        grid.add(emphasise, 1, 5);
        grid.add(status, 0, 6, 2, 1);
        grid.setMinWidth(FORM_WIDTH);
        grid.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        return grid;
    }

    private void refreshPreview() {
        BriefingOptions options;
        try {
            options = model.options();
        } catch (IllegalArgumentException invalid) {
            status.setText(invalid.getMessage());
            return;
        }
        BriefingOutput output = model.output();
        Task<javafx.scene.image.Image> task = new Task<>() {
            @Override
            protected javafx.scene.image.Image call() {
                BriefingScene scene = model.scene(options);
                return SwingFXUtils.toFXImage(model.preview(scene, output, PREVIEW_WIDTH * 2), null);
            }
        };
        busy.setVisible(true);
        task.setOnSucceeded(e -> {
            preview.setImage(task.getValue());
            busy.setVisible(false);
            status.setText("");
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            status.setText("Preview failed: " + task.getException().getMessage());
        });
        startDaemon(task, "export-preview");
    }

    private void chooseFileAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Briefing");
        BriefingFormat f = model.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        chooser.setInitialFileName(model.suggestedFileName());
        File file = chooser.showSaveDialog(dialog.getOwner());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        BriefingOptions options = model.options();
        BriefingOutput output = model.output();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                model.export(model.scene(options), output, target);
                return null;
            }
        };
        busy.setVisible(true);
        status.setText("Writing " + target.getFileName() + "\u2026");
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            dialog.setResult(EXPORT);
            dialog.close();
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            status.setText("");
            Alert alert = new Alert(Alert.AlertType.ERROR, task.getException().getMessage(), ButtonType.OK);
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.setHeaderText("The briefing could not be written");
            alert.showAndWait();
        });
        startDaemon(task, "export-write");
    }

    private static void startDaemon(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}
