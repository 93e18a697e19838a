package org.sitmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may use whom. The packages form one line, each using only those to its left:
 * {@code model -> style -> geo -> command -> store -> basemap -> render -> export -> app -> cli}; the window
 * ({@code ui.tools}, then {@code ui}) may use everything but {@code cli}; only the launcher {@code org.sitmap.Main}
 * uses {@code ui} and {@code cli}. A new package must be placed in this line (or fail here).
 */
class ArchitectureTest {
    /** Left to right: a layer may use the layers before it, never those after it. */
    private static final List<String> LINE = List.of("model", "style", "geo", "command", "store", "basemap",
            "render", "export", "app", "cli");
    private static final String[] NO_DRAWING = {"java.awt..", "javax.imageio..", "javax.swing.."};
    private static final String[] JAVA_FX = {"javafx..", "org.controlsfx.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitmap");
    }

    private static String packageOf(String layer) {
        return "org.sitmap." + layer + "..";
    }

    @Test
    void eachPackageUsesOnlyThoseToItsLeft() {
        LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("launcher").definedBy("org.sitmap")
                .layer("ui").definedBy("org.sitmap.ui")
                .layer("ui.tools").definedBy("org.sitmap.ui.tools..");
        for (String layer : LINE) {
            layers = layers.layer(layer).definedBy(packageOf(layer));
        }
        for (int i = 0; i < LINE.size(); i++) {
            List<String> users = new java.util.ArrayList<>(LINE.subList(i + 1, LINE.size()));
            if (!LINE.get(i).equals("cli")) {
                users.addAll(List.of("ui", "ui.tools"));
            }
            users.add("launcher");
            layers = layers.whereLayer(LINE.get(i)).mayOnlyBeAccessedByLayers(users.toArray(String[]::new));
        }
        layers.whereLayer("ui.tools").mayOnlyBeAccessedByLayers("ui", "launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .check(classes);
    }

    @Test
    void noPackagesUseEachOtherInACycle() {
        slices().matching("org.sitmap.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void modelUsesOnlyTheJdkAndJts() {
        classes().that().resideInAPackage("org.sitmap.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sitmap.model..", "java..",
                        "org.locationtech.jts..")
                .check(classes);
    }

    @Test
    void dataPackagesDoNotDraw() {
        noClasses().that().resideInAnyPackage(packageOf("model"), packageOf("style"), packageOf("geo"),
                        packageOf("command"), packageOf("store"))
                .should().dependOnClassesThat().resideInAnyPackage(NO_DRAWING)
                .orShould().dependOnClassesThat().resideInAnyPackage(JAVA_FX)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.sitmap.ui..").and().doNotHaveFullyQualifiedName(
                "org.sitmap.Main")
                .should().dependOnClassesThat().resideInAnyPackage(JAVA_FX)
                .check(classes);
    }

    @Test
    void nothingButTheLauncherUsesTheWindowOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.sitmap.ui..", "org.sitmap.cli..").and()
                .doNotHaveFullyQualifiedName("org.sitmap.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitmap.ui..", "org.sitmap.cli..")
                .check(classes);
    }
}
