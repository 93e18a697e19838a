package org.sitmap.ui;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.style.StyleSheet;

/**
 * <em>Edit &gt; Sides…</em>: the briefing's sides, to add, rename, recolour, reorder and remove. Each change is
 * one undoable step saved at once ({@link BriefingSides}); a side still used by annotations is not removed, and
 * the dialog says how many use it. Use on the JavaFX thread.
 */
final class SidesDialog {
    private final BriefingSides sides;
    private final Supplier<StyleSheet> sheet;
    private final Stage stage = new Stage();
    private final ListView<BriefingSide> list = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<Affiliation> affiliation = new ComboBox<>();
    private final ColorPicker colour = new ColorPicker();
    private final Label problem = new Label();
    /** True while the fields show the selected side, so showing it is not taken for an edit. */
    private boolean showing;

    private SidesDialog(Window owner, BriefingSides sides, Supplier<StyleSheet> sheet) {
        this.sides = sides;
        this.sheet = sheet;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sides");
        list.setId("sidesList");
        list.setItems(sides.list());
        list.setCellFactory(v -> new SideCell());
        list.setPrefHeight(180);
        name.setId("sideName");
        name.setPromptText("Name of the side");
        affiliation.setId("sideAffiliation");
        affiliation.getItems().setAll(Affiliation.values());
        affiliation.setValue(Affiliation.UNKNOWN);
        colour.setId("sideColour");
        problem.setId("sidesProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        // A rename makes a new element: keep the same side selected.
        sides.list().addListener((ListChangeListener<BriefingSide>) c -> reselect());
        name.setOnAction(e -> renameOrAdd());
        affiliation.valueProperty().addListener((o, was, now) -> edit(() -> sides.setAffiliation(selectedSide(),
                now)));
        colour.setOnAction(e -> edit(() -> sides.recolour(selectedSide(), hex(colour.getValue()))));
        stage.setScene(new Scene(layout(), 460, 420));
        list.getSelectionModel().selectFirst();
    }

    /** Opens the dialog over {@code owner}; {@code sheet} gives the colours of sides that have none of their own. */
    static Stage open(Window owner, BriefingSides sides, Supplier<StyleSheet> sheet) {
        SidesDialog d = new SidesDialog(owner, sides, sheet);
        d.stage.show();
        return d.stage;
    }

    private VBox layout() {
        Button add = button("Add", "addSide", this::add);
        Button rename = button("Rename", "renameSide", this::rename);
        Button sheetColour = button("Sheet's colour", "sideSheetColour",
                () -> edit(() -> sides.recolour(selectedSide(), null)));
        Button up = button("Up", "sideUp", () -> edit(() -> sides.move(selectedSide(), -1)));
        Button down = button("Down", "sideDown", () -> edit(() -> sides.move(selectedSide(), 1)));
        Button remove = button("Remove", "removeSide", this::remove);
        Button close = button("Close", "closeSides", stage::close);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name, rename);
        form.addRow(1, new Label("Affiliation"), affiliation);
        form.addRow(2, new Label("Colour"), colour, sheetColour);
        HBox order = new HBox(6, up, down, remove);
        HBox bottom = new HBox(6, add, close);
        VBox box = new VBox(8, new Label("The briefing's sides, in the order of the legend and the lists."), list,
                order, form, bottom, problem);
        box.setPadding(new Insets(10));
        box.getStylesheets().add(SidesDialog.class.getResource("sitmap.css").toExternalForm());
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Side selectedSide() {
        BriefingSide s = list.getSelectionModel().getSelectedItem();
        return s == null ? null : s.side();
    }

    private void show(BriefingSide s) {
        showing = true;
        try {
            if (s != null) {
                name.setText(s.name());
                affiliation.setValue(s.affiliation());
                colour.setValue(colourOf(s));
            }
        } finally {
            showing = false;
        }
    }

    private void reselect() {
        Side want = selectedSide();
        sides.list().stream().filter(s -> s.side().equals(want)).findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s));
        show(list.getSelectionModel().getSelectedItem());
    }

    /** Runs an edit of the selected side, unless the fields are only showing it. */
    private void edit(Runnable change) {
        if (!showing && selectedSide() != null) {
            problem.setText("");
            change.run();
        }
    }

    /** Enter in the name field: renames the selected side, or adds one when none is selected. */
    private void renameOrAdd() {
        if (selectedSide() == null) {
            add();
        } else {
            rename();
        }
    }

    private void rename() {
        edit(() -> sides.rename(selectedSide(), name.getText()));
    }

    /**
     * Adds a side of unknown affiliation in a colour of the sheet's side palette that no side has yet, so it is
     * told apart from the others at once (not a copy of the selected side's look).
     */
    private void add() {
        problem.setText("");
        String newColour = sheet.get().newSideColour(sides.current()).toString().substring(0, 7);
        Side added = sides.add(name.getText(), Affiliation.UNKNOWN, newColour);
        if (added != null) {
            sides.list().stream().filter(s -> s.side().equals(added)).findFirst()
                    .ifPresent(s -> list.getSelectionModel().select(s));
        }
    }

    private void remove() {
        Side s = selectedSide();
        if (s == null) {
            return;
        }
        String refusal = sides.removalRefusal(s);
        if (refusal != null) {
            problem.setText(refusal);
            return;
        }
        problem.setText("");
        sides.remove(s);
    }

    private Color colourOf(BriefingSide s) {
        int c = sheet.get().forSides(sides.current()).sideColour(s.side().code()).argb();
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** A side as a colour chip, its name and its affiliation. */
    private final class SideCell extends ListCell<BriefingSide> {
        @Override
        protected void updateItem(BriefingSide s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(new Rectangle(12, 12, colourOf(s)));
            setText(s.name() + "  (" + s.affiliation().label().toLowerCase(Locale.ROOT)
                    + (s.colour() == null ? ", the style sheet's colour" : "") + ")");
        }
    }
}
