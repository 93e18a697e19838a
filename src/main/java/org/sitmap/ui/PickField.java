package org.sitmap.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;

/**
 * A value picked rather than typed: one of fixed choices (side, status, symbol...) or yes/no (locked, planned).
 * Picking commits at once as one change. FX thread only.
 *
 * @param <T> the value edited
 */
final class PickField<T> extends FormField<T> {
    private final Control control;
    private final Property<T> value;
    private final T whenNull;
    private T stored;
    private boolean showing;

    private PickField(Control control, Property<T> value, T whenNull) {
        this.control = control;
        this.value = value;
        this.whenNull = whenNull;
        value.addListener((o, was, now) -> {
            if (showing || now == null || Objects.equals(now, stored)) {
                return;
            }
            // Shows what is stored afterwards: the new value, or the old one if the change was refused.
            commit(now);
            display();
        });
    }

    /** A drop-down of {@code values}, shown by their toString. */
    static <T> PickField<T> choice(String id, List<T> values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        return new PickField<>(box, box.valueProperty(), null);
    }

    /** A check box. */
    static PickField<Boolean> check(String id) {
        CheckBox box = new CheckBox();
        box.setId(id);
        return new PickField<>(box, box.selectedProperty(), Boolean.FALSE);
    }

    @Override
    Node node() {
        return control;
    }

    @Override
    void showStored(T v) {
        stored = v == null ? whenNull : v;
        display();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        control.setDisable(readOnly);
    }

    private void display() {
        showing = true;
        value.setValue(stored);
        showing = false;
    }
}
