package org.sitmap.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A typed field over a text control: commits on Enter and when focus leaves it, as one change; Esc puts the stored
 * value back. Text that does not parse, or a value the commit refuses, leaves a message below the field and the
 * stored value on display. Subclasses say which control and how text becomes a value and back. FX thread only.
 *
 * @param <T> the value edited
 */
class CommitField<T> extends FormField<T> {
    private final TextInputControl input;
    private final String name;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Label problem = new Label();
    private final VBox box;
    private T stored;
    /** The text last put into the control: anything else there was typed by the user. */
    private String shown = "";

    /**
     * @param name   what the field is called in messages ("Valid from")
     * @param id     the control's id, found by tests and people ("prop-validFrom"); the message gets id + "-problem"
     * @param parse  the value in a text; throws IllegalArgumentException saying why it is not one
     * @param format the text showing a value
     */
    CommitField(TextInputControl input, String name, String id, Function<String, T> parse,
            Function<T, String> format) {
        this.input = input;
        this.name = name;
        this.parse = parse;
        this.format = format;
        input.setId(id);
        problem.setId(id + "-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        box = new VBox(2, input, problem);
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitText();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isCommitKey(e)) {
                e.consume();
                commitText();
            } else if (e.getCode() == KeyCode.ESCAPE && isEdited()) {
                e.consume();
                problem.setVisible(false);
                display();
            }
        });
    }

    /** Enter; a multi-line field wants Ctrl+Enter. */
    boolean isCommitKey(KeyEvent e) {
        return e.getCode() == KeyCode.ENTER;
    }

    TextInputControl input() {
        return input;
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    void showStored(T value) {
        stored = value;
        if (!(input.isFocused() && isEdited())) {
            display();
        }
    }

    @Override
    void setReadOnly(boolean readOnly) {
        input.setEditable(!readOnly);
    }

    private boolean isEdited() {
        return !input.getText().equals(shown);
    }

    private void commitText() {
        if (!input.isEditable() || !isEdited()) {
            return;
        }
        T value;
        try {
            value = parse.apply(input.getText());
        } catch (IllegalArgumentException e) {
            refuse(name + ": " + e.getMessage());
            return;
        }
        if (Objects.equals(value, stored)) {
            problem.setVisible(false);
            display();
            return;
        }
        // Committing refreshes the stored value through the form before it returns.
        String why = commit(value);
        if (why != null) {
            refuse(why);
            return;
        }
        problem.setVisible(false);
        display();
    }

    private void refuse(String why) {
        problem.setText(why);
        problem.setVisible(true);
        display();
    }

    private void display() {
        shown = format.apply(stored);
        input.setText(shown);
    }
}
