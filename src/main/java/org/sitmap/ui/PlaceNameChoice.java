package org.sitmap.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;
import org.sitmap.model.PlaceNames;

/**
 * The language of the open briefing's place names as a property the map binds to, and the <em>View &gt; Place
 * names</em> menu that picks one. Picking is one undoable change of the briefing's info ("Change place names"),
 * saved in its file at once, so its exports show the same names.
 *
 * <p>Use on the JavaFX thread.
 */
final class PlaceNameChoice {
    private final BriefingViewModel briefing;
    private final ReadOnlyObjectWrapper<PlaceNames> names = new ReadOnlyObjectWrapper<>(PlaceNames.ENGLISH);
    private final BriefingListener infoListener = new BriefingListener() {
        @Override
        public void infoChanged(BriefingInfo before, BriefingInfo after) {
            names.set(after.placeNames());
        }
    };

    PlaceNameChoice(BriefingViewModel briefing) {
        this.briefing = briefing;
        briefing.briefingProperty().addListener((o, was, now) -> follow(was, now));
        follow(null, briefing.briefing());
    }

    private void follow(Briefing was, Briefing now) {
        if (was != null) {
            was.removeListener(infoListener);
        }
        names.set(now == null ? PlaceNames.ENGLISH : now.info().placeNames());
        if (now != null) {
            now.addListener(infoListener);
        }
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

    /** One radio item per language (id {@code place-names-<code>}), the current one checked. */
    Menu menu() {
        Menu menu = new Menu("Place names");
        menu.setId("place-names-menu");
        ToggleGroup group = new ToggleGroup();
        for (PlaceNames p : PlaceNames.values()) {
            RadioMenuItem item = new RadioMenuItem(p.label());
            item.setId("place-names-" + p.code());
            item.setToggleGroup(group);
            item.setSelected(p == names.get());
            item.setOnAction(e -> choose(p));
            names.addListener((o, was, now) -> item.setSelected(p == now));
            menu.getItems().add(item);
        }
        return menu;
    }
}
