package org.sitmap.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.sitmap.model.Briefing;
import org.sitmap.model.PlaceNames;

/**
 * The language of the open briefing's place names as a property the map binds to, and the radio items of the
 * <em>View</em> menu that pick one (<em>English names</em>, <em>Local names</em>, ...). Picking is one undoable
 * change of the briefing's info ("Change place names"),
 * saved in its file at once, so its exports show the same names.
 *
 * <p>Use on the JavaFX thread.
 */
final class PlaceNameChoice {
    private final BriefingViewModel briefing;
    private final ReadOnlyObjectWrapper<PlaceNames> names = new ReadOnlyObjectWrapper<>(PlaceNames.ENGLISH);

    PlaceNameChoice(BriefingViewModel briefing) {
        this.briefing = briefing;
        BriefingInfoWatch.follow(briefing, now -> names.set(now == null ? PlaceNames.ENGLISH
                : now.info().placeNames()), (before, after) -> names.set(after.placeNames()));
    }

    /** The language the open briefing's place names are shown in (English while none is open). */
    ReadOnlyObjectProperty<PlaceNames> namesProperty() {
        return names.getReadOnlyProperty();
    }

    /** Names places in {@code choice} from now on: one undo step; nothing when they already are. */
    void choose(PlaceNames choice) {
        Briefing b = briefing.briefing();
        if (b != null && b.info().placeNames() != choice) {
            briefing.setInfo(b.info().withPlaceNames(choice));
        }
    }

    /**
     * One radio item per language (id {@code place-names-<code>}), the current one checked. Items of the View menu
     * itself rather than a submenu: one click, and no submenu beside the style sheets' to slip into.
     */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        for (PlaceNames p : PlaceNames.values()) {
            RadioMenuItem item = new RadioMenuItem(p.label() + " names");
            item.setId("place-names-" + p.code());
            item.setToggleGroup(group);
            item.setSelected(p == names.get());
            item.setOnAction(e -> choose(p));
            names.addListener((o, was, now) -> item.setSelected(p == now));
            items.add(item);
        }
        return items;
    }
}
