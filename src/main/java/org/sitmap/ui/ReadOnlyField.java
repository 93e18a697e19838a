package org.sitmap.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** A value the user reads but does not edit (measures, kind, last modified). */
final class ReadOnlyField extends FormField<String> {
    private final Label label = new Label();

    ReadOnlyField(String id) {
        label.setId(id);
        label.setWrapText(true);
    }

    @Override
    Node node() {
        return label;
    }

    @Override
    void showStored(String value) {
        label.setText(value == null ? "" : value);
    }

    @Override
    void setReadOnly(boolean readOnly) {
        // always read-only
    }
}
