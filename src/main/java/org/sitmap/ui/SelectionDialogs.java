package org.sitmap.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The small dialogs the Edit and context menus open for a whole selection: the dates it is valid, its source.
 * A date field takes what {@link DateText} reads (2024-08-12, 12 Aug 2024) or nothing (open-ended) and says next to itself what is wrong; OK
 * stays disabled until every field is right. FX thread only.
 */
final class SelectionDialogs {
    private static final DateText DATES = DateText.forDefaultLocale();
    /** The first and last valid day; either may be null (open-ended). */
    record Validity(LocalDate from, LocalDate to) {
    }

    private SelectionDialogs() {
    }

    static Optional<Validity> askDates(Window owner, int count, LocalDate from, LocalDate to) {
        Dialog<ButtonType> dialog = dialog(owner, "Set dates", "Days " + selected(count)
                + " is valid (for example 2024-08-12; leave empty for no limit)");
        TextField fromField = dateField("dates-from", from);
        TextField toField = dateField("dates-to", to);
        Label fromProblem = problemLabel("dates-from-problem");
        Label toProblem = problemLabel("dates-to-problem");
        GridPane grid = grid();
        grid.addRow(0, label("Valid from"), fromField, fromProblem);
        grid.addRow(1, label("Valid until"), toField, toProblem);
        dialog.getDialogPane().setContent(grid);
        var invalid = Bindings.createBooleanBinding(() -> {
            String a = dateProblem(fromField.getText());
            String b = dateProblem(toField.getText());
            if (a == null && b == null) {
                LocalDate f = parse(fromField.getText());
                LocalDate t = parse(toField.getText());
                if (f != null && t != null && t.isBefore(f)) {
                    b = "Before the first day (" + DATES.format(f) + ")";
                }
            }
            fromProblem.setText(a == null ? "" : a);
            toProblem.setText(b == null ? "" : b);
            return a != null || b != null;
        }, fromField.textProperty(), toField.textProperty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(invalid);
        // After the dialog has put the keyboard on its default button.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(fromField::requestFocus));
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new Validity(parse(fromField.getText()), parse(toField.getText())));
    }

    static Optional<String> askSource(Window owner, int count, String source) {
        Dialog<ButtonType> dialog = dialog(owner, "Set source", "Source of " + selected(count)
                + " (who reported it, where it was published)");
        TextField field = new TextField(source == null ? "" : source);
        field.setId("source-text");
        field.setPrefColumnCount(30);
        GridPane grid = grid();
        grid.addRow(0, label("Source"), field);
        dialog.getDialogPane().setContent(grid);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(field::requestFocus));
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText().trim());
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        WindowPlacement.ownWithoutModality(dialog, owner);
        return dialog;
    }

    private static String selected(int count) {
        return count == 1 ? "the selected annotation" : "the " + count + " selected annotations";
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private static TextField dateField(String id, LocalDate value) {
        TextField field = new TextField(DATES.format(value));
        field.setId(id);
        field.setPromptText("2024-08-12");
        field.setPrefColumnCount(10);
        return field;
    }

    private static Label problemLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setStyle("-fx-text-fill: #b00020;");
        // Room for the longest message from the start: the dialog does not grow once shown.
        label.setMinWidth(300);
        label.setWrapText(true);
        return label;
    }

    /** What is wrong with a typed date, in words, or null when it is a date or empty. */
    static String dateProblem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The same reading of dates as the property form's: ISO, the locale's forms, "12 Aug 2024"; null when empty. */
    private static LocalDate parse(String text) {
        return DATES.parse(text);
    }
}
