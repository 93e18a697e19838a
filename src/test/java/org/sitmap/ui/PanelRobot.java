package org.sitmap.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Acts on the Situation panel and the map as a person does: tool bar, clicks on the map, typing into fields. */
final class PanelRobot {
    private final FxRobot robot;
    private final MainWindow window;
    private final MainViewModel model;
    private final BriefingViewModel vm;
    private final BriefingSession session;

    private PanelRobot(FxRobot robot, MainWindow window, MainViewModel model, BriefingViewModel vm,
            BriefingSession session) {
        this.robot = robot;
        this.window = window;
        this.model = model;
        this.vm = vm;
        this.session = session;
    }

    /** Shows the main window of a session on the stage, large enough for the panel, and a robot to use it. */
    static PanelRobot show(Stage stage, MainViewModel model, BriefingViewModel vm, BriefingSession session) {
        MainWindow window = new MainWindow(model, vm, session);
        stage.setScene(new Scene(window, 1400, 950));
        stage.show();
        return new PanelRobot(new FxRobot(), window, model, vm, session);
    }

    /**
     * A fresh session (settings kept under {@code dir}/home) in the main window on the stage: the set-up of the tests
     * that draw and type as a person does. Close {@link #session()} after each test.
     */
    static PanelRobot start(Stage stage, Path dir) {
        BriefingViewModel vm = new BriefingViewModel();
        return show(stage, new MainViewModel(), vm, new BriefingSession(vm, AppSettings.load(dir.resolve("home"))));
    }

    MainViewModel model() {
        return model;
    }

    BriefingViewModel vm() {
        return vm;
    }

    BriefingSession session() {
        return session;
    }

    MainWindow window() {
        return window;
    }

    /** A point at a fraction of the map's width and height, on screen. */
    Point2D onMap(double fx, double fy) {
        Bounds b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    /** Draws with a tool bar tool at (fx, fy) of the map: a small square, a short line or one point. */
    void draw(String tool, double fx, double fy) {
        // A person sees the tool is still pressed; clicking it again would release it.
        ToggleButton button = robot.lookup("#tool-" + tool).queryAs(ToggleButton.class);
        if (!button.isSelected()) {
            robot.clickOn(button);
        }
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
    /** Types a date into the timeline's date field, as a person does, and presses Enter. */
    void typeTimelineDate(String text) {
        robot.clickOn("#timelineDate");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String key, String text) {
        robot.clickOn(field(key));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The field, scrolled into view with the mouse wheel over the form when needed. */
    Node field(String key) {
        return scrolledTo("#propertySheet", () -> robot.lookup("#prop-" + key).tryQuery().orElse(null));
    }

    /** An annotation's row in the list, scrolled into view with the mouse wheel when needed. */
    Node rowOf(Annotation a) {
        return scrolledTo("#annotationList", () -> robot.lookup(".list-cell").match(NodeQueryUtils.isVisible())
                .match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Annotation x && x.id().equals(a.id()))
                .tryQuery().orElse(null));
    }

    /**
     * Turns the mouse wheel over a scrolling container until the node it finds lies wholly inside it; turns the
     * other way when the node cannot be seen yet and the wheel no longer moves anything.
     */
    Node scrolledTo(String container, Supplier<Node> find) {
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

    String fieldText(String key) {
        return robot.lookup("#prop-" + key).queryAs(TextInputControl.class).getText();
    }

    /** The message beside a field, or null when none is shown. */
    String problem(String key) {
        Label l = robot.lookup("#prop-" + key + "-problem").queryAs(Label.class);
        return l.isVisible() ? l.getText() : null;
    }
}
