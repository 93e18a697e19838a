package org.sitmap.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.sitmap.model.Annotation;

/**
 * The situation date: a date picker, a slider over the days the briefing covers, step buttons and play / pause.
 * Unticking "As of" shows every annotation whatever its dates. FX thread only.
 */
public final class TimelineBar extends HBox {
    private final BriefingViewModel vm;
    private final CheckBox asOf = new CheckBox("As of");
    private final DatePicker picker = new DatePicker();
    private final Slider slider = new Slider();
    private final Button play = new Button("▶ Play");
    private final Timeline player = new Timeline(new KeyFrame(Duration.seconds(1), e -> step(1, true)));
    private LocalDate first;
    private LocalDate last;
    private boolean syncing;
    private final javafx.scene.control.Label dateProblem = new javafx.scene.control.Label();

    public TimelineBar(BriefingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline-bar");
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        asOf.setId("timelineAsOf");
        setUpDatePicker();
        slider.setId("timelineSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Button back = new Button("◀");
        Button forward = new Button("▶");
        back.setTooltip(new Tooltip("One day earlier"));
        forward.setTooltip(new Tooltip("One day later"));
        back.setId("timelineBack");
        forward.setId("timelineForward");
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        forward.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        play.setId("timelinePlay");
        back.setOnAction(e -> step(-1, false));
        forward.setOnAction(e -> step(1, false));
        player.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> togglePlay());
        getChildren().addAll(asOf, picker, dateProblem, back, slider, forward, play);

        asOf.selectedProperty().addListener((o, a, on) -> {
            if (syncing) {
                return;
            }
            vm.situationDateProperty().set(on ? (picker.getValue() != null ? picker.getValue() : last) : null);
        });
        picker.valueProperty().addListener((o, a, d) -> {
            if (!syncing && d != null) {
                vm.situationDateProperty().set(d);
            }
        });
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing && first != null) {
                vm.situationDateProperty().set(first.plusDays(Math.round(v.doubleValue())));
            }
        });
        vm.situationDateProperty().addListener((o, a, d) -> sync());
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> sync());
        sync();
    }

    /** The date field: typed dates are read as everywhere else, a refused one explained beside it. */
    private void setUpDatePicker() {
        picker.setId("timelineDate");
        picker.setPrefWidth(130);
        dateProblem.setId("timelineDate-problem");
        dateProblem.getStyleClass().add("field-problem");
        dateProblem.managedProperty().bind(dateProblem.visibleProperty());
        dateProblem.setVisible(false);
        // The message may be long: it gives way (cut, whole in its tooltip), never the controls around it.
        dateProblem.setMaxWidth(320);
        dateProblem.setMinWidth(0);
        DatePickers.useDateText(picker, message -> {
            dateProblem.setText(message == null ? "" : message);
            dateProblem.setTooltip(message == null ? null : new javafx.scene.control.Tooltip(message));
            dateProblem.setVisible(message != null);
        });
        for (javafx.scene.control.Control c : java.util.List.of(asOf, picker, play)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /** Recomputes the range from the annotations' dates and shows the current date. */
    private void sync() {
        syncing = true;
        try {
            LocalDate[] span = vm.timelineSpan();
            first = span == null ? null : span[0];
            last = span == null ? null : span[1];
            LocalDate date = vm.situationDateProperty().get();
            boolean any = first != null;
            slider.setDisable(!any || date == null);
            if (any) {
                slider.setMin(0);
                slider.setMax(Math.max(1, ChronoUnit.DAYS.between(first, last)));
                if (date != null) {
                    slider.setValue(ChronoUnit.DAYS.between(first, date));
                }
            }
            asOf.setSelected(date != null);
            picker.setValue(date);
        } finally {
            syncing = false;
        }
    }

    /** Moves the date by {@code days}; when playing, wraps from the last day back to the first. */
    private void step(int days, boolean wrap) {
        LocalDate date = vm.situationDateProperty().get();
        if (date == null) {
            date = first != null ? first : LocalDate.now();
            vm.situationDateProperty().set(date);
            return;
        }
        LocalDate next = date.plusDays(days);
        if (wrap && last != null && next.isAfter(last)) {
            next = first;
        }
        vm.situationDateProperty().set(next);
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            player.stop();
            play.setText("▶ Play");
        } else {
            if (vm.situationDateProperty().get() == null) {
                vm.situationDateProperty().set(first);
            }
            player.play();
            play.setText("Pause");
        }
    }
}
