package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitmap.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wheel's direction: turning it away from you (positive deltaY in JavaFX) zooms in, as in every map app. */
@ExtendWith(ApplicationExtension.class)
class MapViewWheelTest {
    private MainViewModel model;
    private MapView view;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        view = new MapView(model, new BriefingViewModel());
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private void scroll(double deltaY) {
        Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, 400, 300, 400, 300, false, false, false, false,
                false, false, 0, deltaY, 0, 0, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    @Test
    void wheelAwayZoomsInAndTowardsZoomsOut(FxRobot robot) {
        Viewport before = model.viewport();
        robot.interact(() -> scroll(40));
        double in = model.viewport().resolution();
        assertThat(in).isCloseTo(before.resolution() / Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-6));
        robot.interact(() -> scroll(-80));
        assertThat(model.viewport().resolution()).isCloseTo(in * 2, org.assertj.core.api.Assertions.within(1e-6));
    }
}
