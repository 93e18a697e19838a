package org.sitmap.ui;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One editor of a {@link PropertyForm}: shows a stored value and hands a changed value to its commit function once
 * the user is done with it (Enter, leaving the field, picking a choice), never per keystroke. FX thread only.
 *
 * @param <T> the value edited
 */
abstract class FormField<T> {
    private Function<T, String> onCommit = v -> null;

    /** The node placed in the form. */
    abstract Node node();

    /** Shows the stored value, unless the user is typing in the field (focused and edited). */
    abstract void showStored(T value);

    abstract void setReadOnly(boolean readOnly);

    /** What to do with a changed value: returns why it was refused (shown beside the field), or null. */
    final void setOnCommit(Function<T, String> commit) {
        this.onCommit = commit;
    }

    /** Hands a changed value on; returns why it was refused, or null. */
    final String commit(T value) {
        return onCommit.apply(value);
    }
}
