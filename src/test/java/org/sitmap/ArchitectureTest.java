package org.sitmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may use whom (see STYLE.md): model depends on nothing of ours, nothing but the launcher depends on ui. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitmap");
    }

    @Test
    void modelUsesOnlyTheJdkAndJts() {
        classes().that().resideInAPackage("org.sitmap.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitmap.model..", "java..",
                        "org.locationtech.jts..")
                .check(classes);
    }

    @Test
    void onlyUiAndTheLauncherUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.sitmap.ui..").and().doNotHaveFullyQualifiedName(
                "org.sitmap.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingButTheLauncherUsesUi() {
        noClasses().that().resideOutsideOfPackages("org.sitmap.ui..").and().doNotHaveFullyQualifiedName(
                "org.sitmap.Main")
                .should().dependOnClassesThat().resideInAPackage("org.sitmap.ui..")
                .check(classes);
    }

    @Test
    void geoDoesNotDrawAndDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAPackage("org.sitmap.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.render..", "org.sitmap.cli..",
                        "java.awt..")
                .check(classes);
    }

    @Test
    void renderDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAPackage("org.sitmap.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.cli..", "org.sitmap.basemap..")
                .check(classes);
    }
}
