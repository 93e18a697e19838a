package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.Side;
import org.sitmap.store.BriefingFile;
import org.sitmap.ui.tools.SelectTool;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting, multi-selecting and editing selections through the real window, driven by the robot as a person. */
@ExtendWith(ApplicationExtension.class)
class SelectionTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;
    private Path file;

    private static final Side SIDE_A = Side.of("side_a");
    private static final Side SIDE_B = Side.of("side_b");

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        window = new MainWindow(model, vm, session);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void newFile(FxRobot robot) {
        file = dir.resolve("selection.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Selection")).isTrue());
    }

    /** The annotations in the briefing file on disk, once the window has let it go. */
    private List<Annotation> onDisk(FxRobot robot) throws Exception {
        robot.interact(() -> session.close());
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            return new ArrayList<>(f.briefing().annotations());
        }
    }

    private Point2D onMap(double fx, double fy) {
        var b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    /** Clicks the corners of a square (the zone tool must be on). */
    private void square(FxRobot robot, double x0, double y0, double size) {
        robot.clickOn(onMap(x0, y0));
        robot.clickOn(onMap(x0 + size, y0));
        robot.clickOn(onMap(x0 + size, y0 + size));
        robot.doubleClickOn(onMap(x0, y0 + size));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void twoSquares(FxRobot robot) {
        robot.clickOn("#tool-zone");
        square(robot, 0.20, 0.30, 0.15);
        robot.clickOn("#tool-zone");
        square(robot, 0.60, 0.30, 0.15);
        robot.clickOn("#tool-select");
    }

    private void shiftClick(FxRobot robot, Point2D p) {
        robot.press(KeyCode.SHIFT).clickOn(p).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the one node the query matches in a window on screen (menus keep hidden copies elsewhere). */
    private void clickShown(FxRobot robot, String query) {
        robot.clickOn(shown(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.Node shown(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).match((javafx.scene.Node n) -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).query();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deleteKeyDeletesTheAnnotationEvenAfterAVertexWasDragged(FxRobot robot) throws Exception {
        newFile(robot);
        robot.clickOn("#tool-zone");
        square(robot, 0.40, 0.40, 0.20);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        robot.drag(onMap(0.60, 0.40), MouseButton.PRIMARY).moveBy(20, -20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onDisk(robot)).isEmpty();
    }

    @Test
    void altClickOnAVertexDeletesOnlyThatVertex(FxRobot robot) throws Exception {
        newFile(robot);
        robot.clickOn("#tool-zone");
        square(robot, 0.40, 0.40, 0.20);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        robot.press(KeyCode.ALT).clickOn(onMap(0.60, 0.40)).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(1);
        // A triangle: three corners and the closing point.
        assertThat(saved.get(0).geometry().getNumPoints()).isEqualTo(4);
    }

    @Test
    void editDeleteVertexRemovesTheVertexLastDragged(FxRobot robot) throws Exception {
        newFile(robot);
        robot.clickOn("#tool-zone");
        square(robot, 0.40, 0.40, 0.20);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        robot.drag(onMap(0.60, 0.40), MouseButton.PRIMARY).moveBy(20, -20).release(MouseButton.PRIMARY);
        robot.clickOn("Edit");
        clickShown(robot, "Delete vertex");
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).geometry().getNumPoints()).isEqualTo(4);
    }

    @Test
    void clickingTheActiveToolButtonKeepsItSoTwoZonesDrawInARow(FxRobot robot) {
        robot.clickOn("#tool-zone");
        square(robot, 0.20, 0.30, 0.15);
        robot.clickOn("#tool-zone");
        assertThat(robot.lookup("#tool-zone").queryAs(ToggleButton.class).isSelected()).isTrue();
        square(robot, 0.60, 0.30, 0.15);
        assertThat(vm.annotations()).hasSize(2);
        // Esc with nothing half drawn goes back to selecting.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tool-select").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aClickPicksTheSmallAreaAboveTheBigOneAndAgainTheBigOne(FxRobot robot) {
        robot.clickOn("#tool-zone");
        square(robot, 0.45, 0.45, 0.10);
        // The big one is drawn after (above) the small one, as a declaration over an evacuation area.
        square(robot, 0.20, 0.20, 0.60);
        Annotation small = vm.annotations().get(0);
        Annotation big = vm.annotations().get(1);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected().id()).isEqualTo(small.id());
        robot.sleep(600);
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected().id()).isEqualTo(big.id());
        assertThat(model.statusTextProperty().get()).contains("2 of 2 here");
    }

    @Test
    void aLongBorderShowsABoundedNumberOfHandles(FxRobot robot) throws Exception {
        file = dir.resolve("border.gpkg");
        int n = 2000;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            ring[i] = new Coordinate(35 + 1.5 * Math.cos(t) * (1 + 0.02 * Math.sin(40 * t)), 51 + Math.sin(t));
        }
        ring[n] = ring[0];
        Annotation oblast = Annotation.create(AnnotationKind.DECLARATION,
                new GeometryFactory().createPolygon(ring));
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled().withView(
                new Envelope(32, 38, 49, 53)))) {
            f.briefing().add(oblast);
        }
        robot.interact(() -> assertThat(session.open(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected().id()).isEqualTo(oblast.id());
        SelectTool tool = (SelectTool) window.mapView().toolProperty().get();
        assertThat(tool.handlesPainted()).isLessThan(n / 10);
        // Zoomed in on a stretch of the border (double-clicks with the pan tool), its vertices can be edited.
        robot.clickOn("#tool-pan");
        for (int i = 0; i < 5; i++) {
            robot.doubleClickOn(lonLatOnScreen(35, 52));
            WaitForAsyncUtils.waitForFxEvents();
            // Apart, so the next two clicks count as a new double-click rather than a third and fourth click.
            robot.sleep(800);
        }
        robot.clickOn("#tool-select");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tool.handlesPainted()).isBetween(1, n / 10);
    }

    private Point2D lonLatOnScreen(double lon, double lat) {
        var p = model.viewport().lonLatToScreen(lon, lat);
        return window.mapView().localToScreen(p.getX(), p.getY());
    }

    @Test
    void selectingARussianAnnotationLeavesTheSideForTheNextDrawingAlone(FxRobot robot) {
        // A new briefing's sides: Side A, Side B, Other.
        robot.clickOn("#defaultSide").clickOn("Side B");
        robot.clickOn("#tool-zone");
        square(robot, 0.40, 0.40, 0.20);
        assertThat(vm.annotations().get(0).side()).isEqualTo(SIDE_B);
        robot.clickOn("#defaultSide").clickOn("Side A");
        robot.clickOn("#tool-select");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected()).isNull();
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected()).isNotNull();
        assertThat(vm.defaultSideProperty().get()).isEqualTo(SIDE_A);
        assertThat(robot.lookup("#defaultSide").queryComboBox().getValue().toString()).isEqualTo("Side A");
    }

    @Test
    void shiftClickTwoThenDeleteRemovesBothAndOneUndoBringsBothBack(FxRobot robot) throws Exception {
        newFile(robot);
        twoSquares(robot);
        robot.clickOn(onMap(0.27, 0.37));
        shiftClick(robot, onMap(0.67, 0.37));
        assertThat(vm.selection()).hasSize(2);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).isEmpty();
        undo(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection()).hasSize(2);
        assertThat(onDisk(robot)).hasSize(2);
    }

    @Test
    void aShiftDragRubberBandSelectsWhatItTouchesAndAPlainDragMovesAllSelected(FxRobot robot) throws Exception {
        newFile(robot);
        twoSquares(robot);
        List<Annotation> before = List.copyOf(vm.annotations());
        robot.press(KeyCode.SHIFT);
        robot.drag(onMap(0.10, 0.20), MouseButton.PRIMARY).moveTo(onMap(0.5, 0.4)).moveTo(onMap(0.9, 0.6))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection()).hasSize(2);
        robot.drag(onMap(0.27, 0.37), MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> saved = onDisk(robot);
        saved.sort(Comparator.comparing(Annotation::id));
        List<Annotation> was = new ArrayList<>(before);
        was.sort(Comparator.comparing(Annotation::id));
        for (int i = 0; i < 2; i++) {
            assertThat(saved.get(i).geometry().getCentroid().getX())
                    .isGreaterThan(was.get(i).geometry().getCentroid().getX());
        }
    }

    @Test
    void setSideForASelectionFromTheContextMenuIsOneUndoStep(FxRobot robot) throws Exception {
        newFile(robot);
        twoSquares(robot);
        robot.clickOn(onMap(0.27, 0.37));
        shiftClick(robot, onMap(0.67, 0.37));
        robot.rightClickOn(onMap(0.67, 0.37));
        javafx.scene.Node setSide = shown(robot, "Set side");
        robot.clickOn(setSide);
        WaitForAsyncUtils.waitForFxEvents();
        // Across into the submenu along its own row, then down (a diagonal would pass over the next item).
        javafx.scene.Node russia = shown(robot, "#set-side-side_b");
        var row = setSide.localToScreen(setSide.getBoundsInLocal());
        var target = russia.localToScreen(russia.getBoundsInLocal());
        robot.moveTo(new Point2D(target.getMinX() + 12, row.getCenterY()));
        robot.moveTo(new Point2D(target.getMinX() + 12, target.getCenterY())).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).allMatch(a -> a.side().equals(SIDE_B));
        undo(robot);
        assertThat(onDisk(robot)).hasSize(2).allMatch(a -> a.side().equals(SIDE_A));
    }

    @Test
    void splitAsOfTheSituationDateLeavesTwoAnnotationsWithTheRightDates(FxRobot robot) throws Exception {
        newFile(robot);
        robot.clickOn("#tool-zone");
        square(robot, 0.40, 0.40, 0.20);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        robot.clickOn("Edit").clickOn("Set dates…");
        robot.clickOn("#dates-from").write("2024-8-6");
        assertThat(robot.lookup("#dates-from-problem").queryLabeled().getText()).contains("2024-08-12");
        robot.eraseText(8).write("2024-08-06");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        // "As of" starts at the latest date in the briefing (6 August); six days on is 12 August.
        robot.clickOn("#timelineAsOf");
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#timelineForward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.situationDateProperty().get()).isEqualTo(LocalDate.of(2024, 8, 12));
        robot.rightClickOn(onMap(0.5, 0.5));
        clickShown(robot, "Split as of situation date");
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).validFrom()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(saved.get(0).validTo()).isEqualTo(LocalDate.of(2024, 8, 11));
        assertThat(saved.get(1).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(saved.get(1).validTo()).isNull();
    }

    @Test
    void deleteInTheMapsContextMenuDeletesTheAnnotationUnderThePointer(FxRobot robot) throws Exception {
        newFile(robot);
        twoSquares(robot);
        String kept = vm.annotations().get(0).id();
        robot.rightClickOn(onMap(0.67, 0.37));
        clickShown(robot, "Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onDisk(robot)).extracting(Annotation::id).containsExactly(kept);
    }
}
