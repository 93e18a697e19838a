package org.sitmap.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Gives a JavaFX date picker the same reading and writing of dates as the property form ({@link DateText}: ISO, the
 * locale's forms, "12 Aug 2024"), so every date field of the window takes the same input. Text that is not a date is
 * not dropped silently: the picker keeps its value, shows it again, and {@code problem} is told why (null once a
 * date is accepted). FX thread only.
 */
final class DatePickers {
    private DatePickers() {
    }

    static void useDateText(DatePicker picker, Consumer<String> problem) {
        DateText dates = DateText.forDefaultLocale();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = dates.parse(text);
                    problem.accept(null);
                    return date;
                } catch (IllegalArgumentException e) {
                    problem.accept(e.getMessage());
                    LocalDate kept = picker.getValue();
                    // The picker leaves the refused text in its editor when the value does not change.
                    Platform.runLater(() -> picker.getEditor().setText(dates.format(picker.getValue())));
                    return kept;
                }
            }
        });
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            picker.setPromptText("2024-08-12");
        }
    }
}
