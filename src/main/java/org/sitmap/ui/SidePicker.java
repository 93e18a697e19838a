package org.sitmap.ui;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;

/**
 * A drop-down of the open briefing's sides by name, kept in step with the Sides dialog, choosing a side code.
 * Use on the JavaFX thread.
 */
final class SidePicker {
    private SidePicker() {
    }

    /** A drop-down showing and setting {@code chosen} among {@code sides}. */
    static ComboBox<BriefingSide> of(BriefingSides sides, ObjectProperty<Side> chosen) {
        ComboBox<BriefingSide> box = new ComboBox<>();
        box.setItems(sides.list());
        Runnable select = () -> {
            Side want = chosen.get();
            BriefingSide match = sides.list().stream().filter(s -> s.side().equals(want)).findFirst().orElse(null);
            if (box.getValue() != match) {
                box.setValue(match);
            }
        };
        // The list's elements are new objects after a rename: select the renamed one, so the new name shows. Later,
        // once the box itself has dropped the old element it no longer lists (it clears its value then).
        sides.list().addListener((ListChangeListener<BriefingSide>) c -> Platform.runLater(select));
        chosen.addListener((o, was, now) -> select.run());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.side().equals(chosen.get())) {
                chosen.set(now.side());
            }
        });
        select.run();
        return box;
    }
}
