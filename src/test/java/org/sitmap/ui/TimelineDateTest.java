package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline's date field reads dates as the property form does, and says why it refuses what is not a date. */
@ExtendWith(ApplicationExtension.class)
class TimelineDateTest {
    @TempDir
    Path dir;
    private BriefingViewModel vm;
    private BriefingSession session;
    private PanelRobot app;

    @Start
    void start(Stage stage) {
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        app = PanelRobot.show(stage, new MainViewModel(), vm, session);
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void typeDate(FxRobot robot, String text) {
        app.typeTimelineDate(text);
    }

    @Test
    void anIsoDateTypedSetsTheSituationDateAndNonsenseIsRefusedInWords(FxRobot robot) {
        typeDate(robot, "2024-08-12");
        assertThat(vm.situationDateProperty().get()).isEqualTo(LocalDate.of(2024, 8, 12));
        Label problem = robot.lookup("#timelineDate-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();

        typeDate(robot, "2024-13-45");
        assertThat(vm.situationDateProperty().get()).isEqualTo(LocalDate.of(2024, 8, 12));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("2024-13-45");
        DatePicker picker = robot.lookup("#timelineDate").queryAs(DatePicker.class);
        assertThat(picker.getEditor().getText()).doesNotContain("2024-13-45").contains("2024");

        typeDate(robot, "14 Aug 2024");
        assertThat(vm.situationDateProperty().get()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(problem.isVisible()).isFalse();
    }
}
