package org.sitmap.ui;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitmap.model.Annotation;

/**
 * One row of the property form: where it goes, what it is called, the editor that shows it, how to read its value
 * from an annotation and how to make the edited annotation ({@code write} may throw IllegalArgumentException with a
 * message for the user; null for read-only rows).
 *
 * @param section the titled section it sits in ("General", the kind's name, "Measures")
 * @param key     a stable name: the field's id is {@code "prop-" + key}
 * @param label   what the user reads beside the field, also used in messages and undo texts
 * @param field   makes the editor, given its id
 * @param <T>     the value edited
 */
record PropertyRow<T>(String section, String key, String label, Function<String, FormField<T>> field,
        Function<Annotation, T> read, BiFunction<Annotation, T, Annotation> write) {

    /** The id of the row's editor, for tests and people. */
    String fieldId() {
        return "prop-" + key;
    }

    boolean editable() {
        return write != null;
    }
}
