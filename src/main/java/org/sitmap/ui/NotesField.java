package org.sitmap.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Several lines of notes: Enter starts a new line, so it commits on Ctrl+Enter or when left. */
final class NotesField extends TextCommitField {
    NotesField(String name, String id) {
        super(new TextArea(), name, id);
        TextArea area = (TextArea) input();
        area.setPrefRowCount(3);
        area.setWrapText(true);
    }

    @Override
    boolean isCommitKey(KeyEvent e) {
        return e.getCode() == KeyCode.ENTER && e.isShortcutDown();
    }
}
