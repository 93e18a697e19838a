package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws a range ring with the tool bar and the mouse, types its radii into the form as a person does, and reads
 * the briefing file back from disk.
 */
@ExtendWith(ApplicationExtension.class)
class RangeRingDrawingTest {
    @TempDir
    Path dir;
    private PanelRobot panel;

    @Start
    void start(Stage stage) {
        panel = PanelRobot.start(stage, dir);
    }

    @AfterEach
    void closeFile() {
        panel.session().close();
    }

    @Test
    void aRingClickedOnTheMapTakesTypedRadiiAndTheFileKeepsThem(FxRobot robot) throws Exception {
        BriefingSession session = panel.session();
        BriefingViewModel vm = panel.vm();
        Path file = dir.resolve("rings.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Rings")).isTrue());
        robot.clickOn("#tool-range_ring");
        Point2D centre = panel.onMap(0.5, 0.5);
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        Annotation drawn = vm.selected();
        assertThat(drawn).isNotNull();
        assertThat(drawn.kind()).isEqualTo(AnnotationKind.RANGE_RING);

        panel.type("radii", "20, 45.5; 90");
        assertThat(panel.fieldText("radii")).isEqualTo("20, 45.5, 90");
        panel.type("radii", "20, -3");
        assertThat(panel.problem("radii")).contains("Radii (km)").contains("-3");
        panel.type("radii", "far");
        assertThat(panel.problem("radii")).contains("Radii (km)").contains("\"far\" is not a number");
        assertThat(vm.briefing().get(drawn.id()).attribute(Annotation.RADII_KM)).isEqualTo(List.of(20L, 45.5, 90L));
        panel.type("title", "Tornado-S from Belgorod");

        // Undo takes back the title only; the radii stay as typed.
        robot.clickOn(panel.rowOf(drawn));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.briefing().get(drawn.id()).title()).isEqualTo("Range ring");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        var local = panel.window().mapView().screenToLocal(centre);
        double[] clicked = panel.model().viewport().screenToLonLat(local.getX(), local.getY());
        robot.interact(() -> session.close());
        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            Annotation ring = reopened.briefing().get(drawn.id());
            assertThat(ring.kind()).isEqualTo(AnnotationKind.RANGE_RING);
            assertThat(ring.title()).isEqualTo("Tornado-S from Belgorod");
            assertThat(ring.attribute(Annotation.RADII_KM)).isEqualTo(List.of(20L, 45.5, 90L));
            Point p = (Point) ring.geometry();
            assertThat(p.getX()).isCloseTo(clicked[0], within(0.02));
            assertThat(p.getY()).isCloseTo(clicked[1], within(0.02));
        }
    }
}
