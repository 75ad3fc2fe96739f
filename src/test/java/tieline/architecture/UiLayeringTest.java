package tieline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the desktop app's split: views build nodes, view-models hold state and logic and are
 * tested without a display, so view-models never touch controls, layouts, windows or the
 * canvas (JavaFX properties and collections are fine).
 */
class UiLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tieline.ui");
    }

    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view-models are tested without a display; views build the nodes")
                .check(classes);
    }

    @Test
    void viewModelsDoNotDependOnViews() {
        DescribedPredicate<JavaClass> uiView = resideInAPackage("tieline.ui..").and(
                simpleNameEndingWith("View").or(simpleNameEndingWith("Pane")).or(simpleNameEndingWith("Panel"))
                        .or(simpleNameEndingWith("Canvas")).or(simpleNameEndingWith("Window"))
                        .or(simpleNameEndingWith("Control")).or(simpleNameEndingWith("Bar")));
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(uiView)
                .because("state flows from view-models to views, never back")
                .check(classes);
    }

    @Test
    void theRendererAndTheSceneModelRunWithoutTheSceneGraph() {
        noClasses().that().haveSimpleNameStartingWith("Raster").and().haveSimpleNameNotEndingWith("Image")
                .or().haveSimpleNameStartingWith("GraphRenderer")
                .or().haveSimpleNameStartingWith("LabelPlanner")
                .or().haveSimpleNameStartingWith("SpatialGrid")
                .or().haveSimpleNameStartingWith("GraphScene")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.canvas..", "javafx.scene.control..",
                        "javafx.scene.layout..", "javafx.scene.text..", "javafx.stage..")
                .because("the frame is drawn in plain Java so it can be tested and benchmarked headless")
                .check(classes);
    }
}
