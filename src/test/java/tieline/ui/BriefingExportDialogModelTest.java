package tieline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tieline.briefing.BriefingScene;
import tieline.cable.Classification;
import tieline.render.BriefingFormat;
import tieline.ui.export.ExportViewModel;

/** File > Export's model on the running app: the export is the view as shown, under the chosen ceiling. */
@ExtendWith(ApplicationExtension.class)
class BriefingExportDialogModelTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = AppFixture.start(stage);
    }

    @Test
    void anUnclassifiedExportOfTheViewCarriesOnlyUnclassifiedEvidence(@TempDir Path dir) throws Exception {
        AppFixture.awaitGraph(window);
        MainViewModel main = window.model();
        ExportViewModel export = WaitForAsyncUtils.asyncFx(() -> {
            main.selectRelationship("Azimov", "Derse");
            ExportViewModel m = new ExportViewModel(main);
            m.formatProperty().set(BriefingFormat.PDF);
            m.ceilingProperty().set(Classification.UNCLASSIFIED);
            m.titleProperty().set("Emergency Situations contacts");
            return m;
        }).get();
        BriefingScene scene = export.scene(WaitForAsyncUtils.asyncFx(export::options).get());
        assertEquals(Classification.UNCLASSIFIED.level(), scene.marking().banner().level(), "banner follows the ceiling");

        BufferedImage preview = export.preview(scene, export.output(), 800);
        assertEquals(800, preview.getWidth());

        Path pdf = dir.resolve("brief.pdf");
        export.export(scene, export.output(), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Emergency Situations contacts"), text);
        assertTrue(text.contains("UNCLASSIFIED"), text);
        assertTrue(text.contains("Kamaladdin Heydarov"), "unclassified 07BAKU605 names him: " + text);
        assertFalse(text.contains("Araz Azimov"), "Azimov appears only in CONFIDENTIAL paragraphs: " + text);
        assertFalse(text.contains("CONFIDENTIAL"), text);
    }
}
