package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Describes freshly drawn annotations through the property form as a person does, typing into its fields with the
 * robot, and reads back from the briefing file what was stored.
 */
@ExtendWith(ApplicationExtension.class)
class PropertyFormTest {
    private static final String TITLE = "Sudzha: assessed";
    @TempDir
    Path dir;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, Preferences.userRoot().node("sitmap-tests/property-form"));
        window = new MainWindow(new MainViewModel(), vm, session);
        stage.setScene(new Scene(window, 1400, 950));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    @Test
    void everyKindDrawnTakesATypedTitleDateAndOwnValuesAndTheFileKeepsExactlyThem(FxRobot robot) throws Exception {
        Path file = dir.resolve("typed.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Typed")).isTrue());
        String[] tools = {"zone", "evacuation", "movement", "frontline", "buffer", "marker", "label"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < tools.length; i++) {
            draw(robot, tools[i], 0.1 + 0.11 * i, 0.3);
            Annotation drawn = vm.selected();
            assertThat(drawn).as("drawn with " + tools[i]).isNotNull();
            assertThat(drawn.kind().code()).isEqualTo(tools[i]);
            ids.add(drawn.id());

            type(robot, "title", TITLE);
            assertThat(fieldText(robot, "title")).isEqualTo(TITLE);
            type(robot, "validFrom", "2024-08-12");
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));

            String bad = i % 2 == 0 ? "31/02/2024" : "yesterday-ish";
            type(robot, "validFrom", bad);
            assertThat(problem(robot, "validFrom")).contains(bad);
            assertThat(fieldText(robot, "validFrom")).isNotEqualTo(bad).contains("2024");
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));

            // Undo takes back exactly the date, not the title; redo puts it back.
            robot.clickOn(rowOf(robot, drawn));
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored(drawn).validFrom()).isNull();
            assertThat(stored(drawn).title()).isEqualTo(TITLE);
            assertThat(fieldText(robot, "validFrom")).isEmpty();
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));
        }
        Annotation evacuation = stored(ids.get(1));
        robot.clickOn(rowOf(robot, evacuation));
        type(robot, "evacuated", "11000");
        assertThat(fieldText(robot, "evacuated")).doesNotContain(".0").matches("11\\D?000");
        type(robot, "evacuated", "-5");
        assertThat(problem(robot, "evacuated")).contains("People evacuated");
        type(robot, "dateOrdered", "12 Aug 2024");
        robot.clickOn(rowOf(robot, stored(ids.get(6))));
        type(robot, "rotation", "12.5");
        assertThat(fieldText(robot, "rotation")).isEqualTo("12.5");
        robot.interact(() -> session.close());

        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            List<Annotation> all = reopened.briefing().annotations();
            assertThat(all).hasSize(tools.length);
            for (Annotation a : all) {
                assertThat(a.title()).isEqualTo(TITLE);
                assertThat(a.validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));
            }
            Annotation evac = reopened.briefing().get(ids.get(1));
            assertThat(evac.attribute(Annotation.EVACUATED)).isInstanceOf(Long.class).isEqualTo(11000L);
            assertThat(evac.text(Annotation.DATE_ORDERED)).isEqualTo("2024-08-12");
            assertThat(reopened.briefing().get(ids.get(6)).number(Annotation.ROTATION, 0)).isEqualTo(12.5);
        }
    }

    @Test
    void aNewEvacuationAreaAndLabelShowTheirOwnSheetAtOnce(FxRobot robot) {
        draw(robot, "zone", 0.2, 0.3);
        draw(robot, "evacuation", 0.4, 0.3);
        Annotation evacuation = vm.selected();
        assertThat(evacuation.kind()).isEqualTo(AnnotationKind.EVACUATION);
        assertThat(fieldText(robot, "title")).isEqualTo(evacuation.title());
        assertThat(fieldText(robot, "evacuated")).isEmpty();
        type(robot, "evacuated", "130 000");
        assertThat(stored(evacuation).attribute(Annotation.EVACUATED)).isEqualTo(130_000L);

        draw(robot, "label", 0.6, 0.5);
        Annotation label = vm.selected();
        assertThat(robot.lookup("#prop-evacuated").tryQuery()).isEmpty();
        assertThat(fieldText(robot, "rotation")).isEmpty();
        type(robot, "title", "Kursk oblast");
        assertThat(stored(label).title()).isEqualTo("Kursk oblast");
    }

    @Test
    void openSectionsStayOpenAfterACommitAndForTheNextAnnotation(FxRobot robot) {
        draw(robot, "evacuation", 0.3, 0.3);
        TitledPane measures = robot.lookup("#section-measures").query();
        assertThat(measures.isExpanded()).isFalse();
        robot.clickOn(measures.lookup(".title"));
        TitledPane general = robot.lookup("#section-general").query();
        robot.clickOn(general.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(general.isExpanded()).isFalse();

        type(robot, "evacuated", "2500");
        assertThat(robot.lookup("#section-measures").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#section-general").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#section-evacuation-area").queryAs(TitledPane.class).isExpanded()).isTrue();

        draw(robot, "zone", 0.6, 0.5);
        assertThat(robot.lookup("#section-measures").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#section-general").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup(".titled-pane .title .text").queryAll()).noneMatch(
                n -> ((javafx.scene.text.Text) n).getText().matches("\\d.*"));
    }

    @Test
    void validToBeforeValidFromIsRefusedInWordsAndEscPutsTheStoredValueBack(FxRobot robot) {
        draw(robot, "zone", 0.3, 0.3);
        Annotation zone = vm.selected();
        type(robot, "validFrom", "2024-08-14");
        type(robot, "validTo", "2024-08-10");
        assertThat(problem(robot, "validTo")).contains("Valid to").contains("Valid from").doesNotContain("valid_");
        assertThat(stored(zone).validTo()).isNull();
        assertThat(fieldText(robot, "validTo")).isEmpty();

        robot.clickOn(field(robot, "source"));
        robot.write("Deep");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fieldText(robot, "source")).isEmpty();
        robot.clickOn(field(robot, "title"));
        assertThat(stored(zone).source()).isEmpty();
        assertThat(vm.undoTextProperty().get()).containsIgnoringCase("valid from");
    }

    // ---- acting as a person ----------------------------------------------------------------------------------

    private Point2D onMap(double fx, double fy) {
        Bounds b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    /** Draws with a tool bar tool at (fx, fy) of the map: a small square, a short line or one point. */
    private void draw(FxRobot robot, String tool, double fx, double fy) {
        robot.clickOn("#tool-" + tool);
        AnnotationKind kind = AnnotationKind.fromCode(tool);
        switch (kind.shape()) {
            case AREA -> {
                robot.clickOn(onMap(fx, fy));
                robot.clickOn(onMap(fx + 0.06, fy));
                robot.clickOn(onMap(fx + 0.06, fy + 0.08));
                robot.clickOn(onMap(fx, fy + 0.08));
                robot.type(KeyCode.ENTER);
            }
            case LINE -> {
                robot.clickOn(onMap(fx, fy + 0.2));
                robot.clickOn(onMap(fx + 0.07, fy + 0.25));
                robot.type(KeyCode.ENTER);
            }
            case POINT -> robot.clickOn(onMap(fx + 0.03, fy + 0.4));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into a field, selects what it shows, types and presses Enter. */
    private void type(FxRobot robot, String key, String text) {
        robot.clickOn(field(robot, key));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The field, scrolled into view with the mouse wheel over the form when needed. */
    private Node field(FxRobot robot, String key) {
        return scrolledTo(robot, "#propertySheet", () -> robot.lookup("#prop-" + key).tryQuery().orElse(null));
    }

    /** An annotation's row in the list, scrolled into view with the mouse wheel when needed. */
    private Node rowOf(FxRobot robot, Annotation a) {
        return scrolledTo(robot, "#annotationList", () -> robot.lookup(".list-cell").match(NodeQueryUtils.isVisible())
                .match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Annotation x && x.id().equals(a.id()))
                .tryQuery().orElse(null));
    }

    /**
     * Turns the mouse wheel over a scrolling container until the node it finds lies wholly inside it; turns the
     * other way when the node cannot be seen yet and the wheel no longer moves anything.
     */
    private Node scrolledTo(FxRobot robot, String container, java.util.function.Supplier<Node> find) {
        Node pane = robot.lookup(container).query();
        boolean down = true;
        String before = null;
        for (int i = 0; i < 60; i++) {
            Node node = find.get();
            Bounds view = pane.localToScreen(pane.getBoundsInLocal());
            Bounds n = node == null ? null : node.localToScreen(node.getBoundsInLocal());
            if (n != null && n.getMinY() >= view.getMinY() && n.getMaxY() <= view.getMaxY()) {
                return node;
            }
            String now = n == null ? "none" : String.valueOf(n.getMinY());
            if (n != null) {
                down = n.getMinY() >= view.getMinY();
            } else if (now.equals(before)) {
                down = !down;
            }
            before = now;
            robot.moveTo(pane).scroll(3, down ? VerticalDirection.DOWN : VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError(container + ": cannot scroll to what the test looks for");
    }

    private String fieldText(FxRobot robot, String key) {
        return robot.lookup("#prop-" + key).queryAs(TextInputControl.class).getText();
    }

    /** The message beside a field, or null when none is shown. */
    private String problem(FxRobot robot, String key) {
        Label l = robot.lookup("#prop-" + key + "-problem").queryAs(Label.class);
        return l.isVisible() ? l.getText() : null;
    }

    private Annotation stored(Annotation a) {
        return stored(a.id());
    }

    private Annotation stored(String id) {
        return vm.briefing().get(id);
    }
}
