package org.sitmap.ui;

import java.util.Locale;
import javafx.scene.control.TextField;

/** A number typed as people write it (see {@link NumberText}); empty means no value. */
final class NumberField extends CommitField<Number> {
    NumberField(String name, String id, NumberText numbers) {
        super(new TextField(), name, id, numbers::parse, numbers::format);
    }

    /** A field for the default locale: whole or decimal, from a minimum (null: any), the minimum itself or not. */
    static NumberField of(String name, String id, boolean whole, Double minimum, boolean minimumIncluded) {
        return new NumberField(name, id, new NumberText(Locale.getDefault(Locale.Category.FORMAT), whole, minimum,
                minimumIncluded));
    }
}
