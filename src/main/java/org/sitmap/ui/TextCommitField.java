package org.sitmap.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** Free text (title, source, unit...) that commits on Enter or when left; null shows as empty. */
class TextCommitField extends CommitField<String> {
    TextCommitField(String name, String id) {
        this(new TextField(), name, id);
    }

    TextCommitField(TextInputControl input, String name, String id) {
        super(input, name, id, String::strip, v -> v == null ? "" : v);
    }
}
