package org.sitmap.ui;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One editor of a {@link PropertyForm}: shows a stored value and hands a changed value to its commit function once
 * the user is done with it (Enter, leaving the field, picking a choice), never per keystroke. FX thread only.
 *
 * @param <T> the value edited
 */
interface FormField<T> {
    /** The node placed in the form. */
    Node node();

    /** Shows the stored value, unless the user is typing in the field (focused and edited). */
    void showStored(T value);

    /** What to do with a changed value: returns why it was refused (shown beside the field), or null. */
    void setOnCommit(Function<T, String> commit);

    void setReadOnly(boolean readOnly);
}
