package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.SideList;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person opens Edit > Sides…, names sides, tries to remove one in use; the briefing file on disk says so. */
@ExtendWith(ApplicationExtension.class)
class SidesDialogTest {
    @TempDir
    Path dir;
    private Path file;
    private PanelRobot app;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        app = PanelRobot.start(stage, dir);
        vm = app.vm();
        session = app.session();
        window = app.window();
        file = dir.resolve("sides.gpkg");
        assertThat(session.create(file, "Sides test")).isTrue();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void openSidesDialog(FxRobot robot) {
        robot.clickOn("Edit");
        robot.clickOn("Sides…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replaceName(FxRobot robot, String text) {
        robot.clickOn("#sideName");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private SideList sidesOnDisk() throws Exception {
        session.close();
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            return f.briefing().info().sides();
        }
    }

    @Test
    void aTypedNewSideAndARenameAreInTheFile(FxRobot robot) throws Exception {
        openSidesDialog(robot);
        // The first side of a new briefing is selected: Enter in the name field renames it.
        replaceName(robot, "Sudanese Armed Forces");
        robot.type(KeyCode.ENTER);
        replaceName(robot, "Rapid Support Forces");
        robot.clickOn("#addSide");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> names = sidesOnDisk().list().stream().map(BriefingSide::name).toList();
        assertThat(names).containsExactly("Sudanese Armed Forces", "Side B", "Other", "Rapid Support Forces");
    }

    @Test
    void anAddedSideIsOfUnknownAffiliationInAColourNoOtherSideHas(FxRobot robot) throws Exception {
        openSidesDialog(robot);
        // The first side (a friend) is selected; Add must not copy its look.
        replaceName(robot, "Wagner");
        robot.clickOn("#addSide");
        WaitForAsyncUtils.waitForFxEvents();
        replaceName(robot, "Local militia");
        robot.clickOn("#addSide");
        WaitForAsyncUtils.waitForFxEvents();

        SideList onDisk = sidesOnDisk();
        StyleSheet sheet = StyleSheets.byId(vm.briefing().info().styleSheet()).forSides(onDisk);
        List<BriefingSide> all = onDisk.list();
        assertThat(all).hasSize(5);
        List<Integer> drawn = all.stream().map(s -> sheet.sideColour(s.side().code(), s.affiliation().code()).rgb())
                .toList();
        assertThat(drawn).doesNotHaveDuplicates();
        for (BriefingSide added : all.subList(3, 5)) {
            assertThat(added.affiliation()).isEqualTo(Affiliation.UNKNOWN);
            assertThat(added.colour()).isNotNull();
            assertThat(sheet.sidePalette()).contains(StyleColour.parse(added.colour()));
        }
    }

    @Test
    void removingASideInUseIsRefusedWithTheCount(FxRobot robot) throws Exception {
        for (double y : new double[] {0.3, 0.6}) {
            robot.clickOn("#tool-zone");
            robot.clickOn(onMap(0.40, y));
            robot.clickOn(onMap(0.60, y));
            robot.doubleClickOn(onMap(0.50, y + 0.15));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.annotations()).hasSize(2);
        openSidesDialog(robot);
        robot.clickOn(sideRow(robot, 0));
        robot.clickOn("#removeSide");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#sidesProblem").queryAs(Label.class);
        assertThat(problem.getText()).contains("Side A").contains("2 annotations");
        // A side nobody uses goes.
        robot.clickOn(sideRow(robot, 1));
        robot.clickOn("#removeSide");
        WaitForAsyncUtils.waitForFxEvents();

        SideList onDisk = sidesOnDisk();
        assertThat(onDisk.list().stream().map(BriefingSide::name)).containsExactly("Side A", "Other");
    }

    @Test
    void theSudanExampleOpensWithItsOwnSides(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Open example: Sudan 2023");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.fileProperty().get().path().getFileName().toString()).contains("Sudan");
        assertThat(vm.annotations()).isNotEmpty();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<BriefingSide> side = robot.lookup("#defaultSide").queryAs(
                javafx.scene.control.ComboBox.class);
        assertThat(side.getItems().stream().map(BriefingSide::name)).contains("Sudanese Armed Forces",
                "Rapid Support Forces");
        assertThat(window.annotationPanel().list().getItems()).isNotEmpty();
    }

    /** The dialog's row for the {@code i}th side. */
    private static javafx.scene.Node sideRow(FxRobot robot, int i) {
        return robot.lookup("#sidesList .list-cell").nth(i).query();
    }

    private Point2D onMap(double fx, double fy) {
        return app.onMap(fx, fy);
    }
}
