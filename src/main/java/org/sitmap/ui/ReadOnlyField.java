package org.sitmap.ui;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A value the user reads but does not edit (measures, kind, last modified). */
final class ReadOnlyField implements FormField<String> {
    private final Label label = new Label();

    ReadOnlyField(String id) {
        label.setId(id);
        label.setWrapText(true);
    }

    @Override
    public Node node() {
        return label;
    }

    @Override
    public void showStored(String value) {
        label.setText(value == null ? "" : value);
    }

    @Override
    public void setOnCommit(Function<String, String> commit) {
        // nothing to commit
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        // always read-only
    }
}
