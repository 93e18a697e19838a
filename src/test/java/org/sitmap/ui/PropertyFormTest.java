package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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
    private PanelRobot panel;

    @Start
    void start(Stage stage) {
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        panel = PanelRobot.show(stage, new MainViewModel(), vm, session);
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
            panel.draw(tools[i], 0.1 + 0.11 * i, 0.3);
            Annotation drawn = vm.selected();
            assertThat(drawn).as("drawn with " + tools[i]).isNotNull();
            assertThat(drawn.kind().code()).isEqualTo(tools[i]);
            ids.add(drawn.id());

            panel.type("title", TITLE);
            assertThat(panel.fieldText("title")).isEqualTo(TITLE);
            panel.type("validFrom", "2024-08-12");
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));

            String bad = i % 2 == 0 ? "31/02/2024" : "yesterday-ish";
            panel.type("validFrom", bad);
            assertThat(panel.problem("validFrom")).contains(bad);
            assertThat(panel.fieldText("validFrom")).isNotEqualTo(bad).contains("2024");
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));

            // Undo takes back exactly the date, not the title; redo puts it back.
            robot.clickOn(panel.rowOf(drawn));
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored(drawn).validFrom()).isNull();
            assertThat(stored(drawn).title()).isEqualTo(TITLE);
            assertThat(panel.fieldText("validFrom")).isEmpty();
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored(drawn).validFrom()).isEqualTo(LocalDate.of(2024, 8, 12));
        }
        Annotation evacuation = stored(ids.get(1));
        robot.clickOn(panel.rowOf(evacuation));
        panel.type("evacuated", "11000");
        assertThat(panel.fieldText("evacuated")).doesNotContain(".0").matches("11\\D?000");
        panel.type("evacuated", "-5");
        assertThat(panel.problem("evacuated")).contains("People evacuated");
        panel.type("dateOrdered", "12 Aug 2024");
        robot.clickOn(panel.rowOf(stored(ids.get(6))));
        panel.type("rotation", "12.5");
        assertThat(panel.fieldText("rotation")).isEqualTo("12.5");
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
        panel.draw("zone", 0.2, 0.3);
        panel.draw("evacuation", 0.4, 0.3);
        Annotation evacuation = vm.selected();
        assertThat(evacuation.kind()).isEqualTo(AnnotationKind.EVACUATION);
        assertThat(panel.fieldText("title")).isEqualTo(evacuation.title());
        assertThat(panel.fieldText("evacuated")).isEmpty();
        panel.type("evacuated", "130 000");
        assertThat(stored(evacuation).attribute(Annotation.EVACUATED)).isEqualTo(130_000L);

        panel.draw("label", 0.6, 0.5);
        Annotation label = vm.selected();
        assertThat(robot.lookup("#prop-evacuated").tryQuery()).isEmpty();
        assertThat(panel.fieldText("rotation")).isEmpty();
        panel.type("title", "Kursk oblast");
        assertThat(stored(label).title()).isEqualTo("Kursk oblast");
    }

    @Test
    void anUndoWhileTypingRefreshesTheOtherFieldsButKeepsWhatIsBeingTyped(FxRobot robot) {
        panel.draw("buffer", 0.3, 0.3);
        Annotation buffer = vm.selected();
        panel.type("title", "Buffer along the border");
        robot.clickOn(panel.field("notes"));
        robot.write("Announced by the governor");
        robot.clickOn("Edit");
        robot.clickOn(vm.undoTextProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(buffer).title()).isEqualTo(buffer.title());
        assertThat(panel.fieldText("title")).isEqualTo(buffer.title());
        assertThat(panel.fieldText("notes")).isEqualTo("Announced by the governor");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(buffer).notes()).isEqualTo("Announced by the governor");
        assertThat(stored(buffer).title()).isEqualTo(buffer.title());
    }

    @Test
    void openSectionsStayOpenAfterACommitAndForTheNextAnnotation(FxRobot robot) {
        panel.draw("evacuation", 0.3, 0.3);
        TitledPane measures = robot.lookup("#section-measures").query();
        assertThat(measures.isExpanded()).isFalse();
        robot.clickOn(measures.lookup(".title"));
        TitledPane general = robot.lookup("#section-general").query();
        robot.clickOn(general.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(general.isExpanded()).isFalse();

        panel.type("evacuated", "2500");
        assertThat(robot.lookup("#section-measures").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#section-general").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#section-evacuation-area").queryAs(TitledPane.class).isExpanded()).isTrue();

        panel.draw("zone", 0.6, 0.5);
        assertThat(robot.lookup("#section-measures").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#section-general").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup(".titled-pane .title .text").queryAll()).noneMatch(
                n -> ((javafx.scene.text.Text) n).getText().matches("\\d.*"));
    }

    @Test
    void validToBeforeValidFromIsRefusedInWordsEscPutsTheStoredValueBackAndNotesCommitOnCtrlEnter(FxRobot robot) {
        panel.draw("zone", 0.3, 0.3);
        Annotation zone = vm.selected();
        panel.type("validFrom", "2024-08-14");
        panel.type("validTo", "2024-08-10");
        assertThat(panel.problem("validTo")).contains("Valid to").contains("Valid from").doesNotContain("valid_");
        assertThat(stored(zone).validTo()).isNull();
        assertThat(panel.fieldText("validTo")).isEmpty();

        robot.clickOn(panel.field("source"));
        robot.write("Deep");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.fieldText("source")).isEmpty();
        robot.clickOn(panel.field("title"));
        assertThat(stored(zone).source()).isEmpty();

        // Notes take several lines: Enter starts a new one, Ctrl+Enter commits.
        robot.clickOn(panel.field("notes"));
        robot.write("Geolocated footage");
        robot.type(KeyCode.ENTER);
        robot.write("from 13 Aug");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(zone).notes()).isEqualTo("Geolocated footage\nfrom 13 Aug");
        assertThat(vm.undoTextProperty().get()).containsIgnoringCase("notes");
    }

    @Test
    void aMarkersSymbolIsPickedByNameAndALockedMarkerKeepsItsTitle(FxRobot robot) {
        panel.draw("marker", 0.4, 0.2);
        Annotation marker = vm.selected();
        robot.clickOn(panel.field("symbol"));
        List<String> offered = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).toList();
        assertThat(offered).contains("POW (prisoners)", "Cross (x)", "Star").doesNotContain("Pow", "X");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                n -> "Star".equals(((ListCell<?>) n).getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(marker).text(Annotation.SYMBOL)).isEqualTo("star");

        robot.clickOn(panel.field("locked"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(marker).locked()).isTrue();
        robot.clickOn(panel.field("title"));
        robot.write("Renamed");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(marker).title()).isEqualTo(marker.title());
        assertThat(robot.lookup("#prop-side").queryAs(Node.class).isDisabled()).isTrue();
        robot.clickOn(panel.field("locked"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(marker).locked()).isFalse();
    }

    private Annotation stored(Annotation a) {
        return vm.briefing().get(a.id());
    }

    private Annotation stored(String id) {
        return vm.briefing().get(id);
    }
}
