package tieline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the domain free of toolkit code so the CLI and tests run it without a display. */
class LayeringTest {

    private static final String[] DOMAIN = {"tieline.cable..", "tieline.model..", "tieline.extract..",
        "tieline.graph..", "tieline.layout..", "tieline.briefing..", "tieline.workspace..", "tieline.export.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tieline");
    }

    @Test
    void domainDoesNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the domain runs headless in the CLI and in tests; only tieline.ui may touch JavaFX")
                .check(classes);
    }

    @Test
    void domainDoesNotUseAwtOrSwing() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..")
                .because("drawing belongs to the renderer and the UI; the domain stays toolkit-free")
                .check(classes);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("tieline.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("JavaFX is the desktop view layer; everything else must work without it")
                .check(classes);
    }

    @Test
    void domainDoesNotDependOnUiOrCli() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("tieline.ui..", "tieline.cli..",
                        "tieline.render..")
                .because("data flows one way: files -> cables -> evidence -> graph -> views and exports")
                .check(classes);
    }
}
