package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Annotation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Situation list as a person uses it: filters, the situation date, double-click to find on the map. */
@ExtendWith(ApplicationExtension.class)
class AnnotationListTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;
    private MainViewModel model;
    private BriefingViewModel vm;
    private BriefingSession session;
    private PanelRobot panel;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(home.resolve("home")));
        panel = PanelRobot.show(stage, model, vm, session);
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    @Test
    void aFilterWithoutMatchSaysSoNotNothingDrawn(FxRobot robot) {
        ListView<?> list = robot.lookup("#annotationList").queryAs(ListView.class);
        String empty = ((Label) list.getPlaceholder()).getText();
        panel.draw("zone", 0.3, 0.3);
        robot.clickOn("#annotationFilter").write("no such words");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        String noMatch = ((Label) list.getPlaceholder()).getText();
        assertThat(noMatch).isEqualTo("No annotation matches the filter").isNotEqualTo(empty);
    }

    @Test
    void onlyWhatIsValidOnTheSituationDateIsListedUntilTheBoxIsUnticked(FxRobot robot) {
        panel.draw("zone", 0.2, 0.3);
        Annotation early = vm.selected();
        panel.type("validFrom", "2024-08-01");
        panel.type("validTo", "2024-08-05");
        panel.draw("zone", 0.5, 0.3);
        Annotation later = vm.selected();
        panel.type("validFrom", "2024-08-10");
        ListView<?> list = robot.lookup("#annotationList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        robot.clickOn("#timelineAsOf");
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate date = vm.situationDateProperty().get();
        assertThat(date).isNotNull();
        assertThat(vm.briefing().get(early.id()).isValidOn(date)).isFalse();
        CheckBox only = robot.lookup("#onlyValidOnDate").queryAs(CheckBox.class);
        assertThat(only.isVisible()).isTrue();
        assertThat(only.isSelected()).isTrue();
        assertThat(only.getText()).contains(String.valueOf(date.getYear()));
        assertThat(list.getItems()).extracting(a -> ((Annotation) a).id()).containsExactly(later.id());

        robot.clickOn(only);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void doubleClickingARowShowsTheAnnotationOnTheMap(FxRobot robot) {
        panel.draw("zone", 0.45, 0.45);
        Annotation zone = vm.selected();
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#zoomOut");
        }
        Envelope zoneBox = zone.geometry().getEnvelopeInternal();
        double zoomedOut = model.viewport().resolution();
        robot.doubleClickOn(panel.rowOf(zone));
        WaitForAsyncUtils.waitForFxEvents();
        var v = model.viewport();
        assertThat(v.resolution()).isLessThan(zoomedOut);
        Envelope shown = v.lonLatEnvelope();
        assertThat(shown.contains(zoneBox)).isTrue();
        // The zone fills a good part of the view, not a speck in it.
        assertThat(zoneBox.getWidth()).isGreaterThan(shown.getWidth() * 0.3);
    }
}
