package org.sitmap.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * The open briefing's style sheet as a property the map binds to, and the <em>View &gt; Style sheet</em> menu that
 * picks one. Picking is one undoable change of the briefing's info, saved in its file at once.
 *
 * <p>Use on the JavaFX thread.
 */
final class StyleSheetChoice {
    private final BriefingViewModel briefing;
    private final ReadOnlyObjectWrapper<StyleSheet> sheet = new ReadOnlyObjectWrapper<>(StyleSheets.standard());
    private final BriefingListener infoListener = new BriefingListener() {
        @Override
        public void infoChanged(BriefingInfo before, BriefingInfo after) {
            show(after);
        }
    };

    StyleSheetChoice(BriefingViewModel briefing) {
        this.briefing = briefing;
        briefing.briefingProperty().addListener((o, was, now) -> follow(was, now));
        follow(null, briefing.briefing());
    }

    private void follow(Briefing was, Briefing now) {
        if (was != null) {
            was.removeListener(infoListener);
        }
        if (now != null) {
            now.addListener(infoListener);
            show(now.info());
        }
    }

    /** Follows a change of sheet or of the sides; a new title leaves the map as it is (no redraw). */
    private void show(BriefingInfo info) {
        StyleSheet now = sheet.get();
        if (!now.id().equals(info.styleSheet()) || !now.briefingSides().equals(info.sides())) {
            sheet.set(StyleSheets.forBriefing(info));
        }
    }

    /** The sheet the open briefing is drawn with (the default one while none is open). */
    ReadOnlyObjectProperty<StyleSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** Draws the open briefing with {@code s} from now on: one undo step; nothing when it already is. */
    void choose(StyleSheet s) {
        Briefing b = briefing.briefing();
        if (b != null && !b.info().styleSheet().equals(s.id())) {
            briefing.setInfo(b.info().withStyleSheet(s.id()));
        }
    }

    /** One radio item per shipped sheet (id {@code style-sheet-<id>}), the current one checked. */
    Menu menu() {
        Menu menu = new Menu("Style sheet");
        menu.setId("style-sheet-menu");
        ToggleGroup group = new ToggleGroup();
        for (StyleSheet s : StyleSheets.all()) {
            RadioMenuItem item = new RadioMenuItem(s.name());
            item.setId("style-sheet-" + s.id());
            item.setToggleGroup(group);
            item.setSelected(s == sheet.get());
            item.setOnAction(e -> choose(s));
            sheet.addListener((o, was, now) -> item.setSelected(s == now));
            menu.getItems().add(item);
        }
        return menu;
    }
}
