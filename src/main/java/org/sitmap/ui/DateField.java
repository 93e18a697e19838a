package org.sitmap.ui;

import java.time.LocalDate;
import javafx.scene.control.TextField;

/**
 * The one date editor of the property form (valid from, valid to, date ordered): takes ISO, the locale's forms and
 * "12 Aug 2024" (see {@link DateText}); empty means no date.
 */
final class DateField extends CommitField<LocalDate> {
    private static final DateText DATES = DateText.forDefaultLocale();

    DateField(String name, String id) {
        super(new TextField(), name, id, DATES::parse, DATES::format);
        input().setPromptText("e.g. " + DATES.format(LocalDate.of(2024, 8, 12)) + " or 2024-08-12");
    }
}
