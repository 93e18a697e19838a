package org.sitmap.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
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
    /** Whether the window has asked for warnings: from then on each newly opened briefing is checked. */
    private boolean warned;

    StyleSheetChoice(BriefingViewModel briefing) {
        this.briefing = briefing;
        BriefingInfoWatch.follow(briefing, this::opened, (before, after) -> show(after));
    }

    private void opened(Briefing now) {
        if (now != null) {
            show(now.info());
            if (warned) {
                warnOfUnknownSheet();
            }
        }
    }

    /** Follows a change of sheet or of the sides; a new title leaves the map as it is (no redraw). */
    private void show(BriefingInfo info) {
        StyleSheet now = sheet.get();
        if (!now.id().equals(info.styleSheet()) || !now.briefingSides().equals(info.sides())) {
            sheet.set(StyleSheets.forBriefing(info));
        }
    }

    /**
     * Tells the user, once per opened briefing, when its file names a style sheet that does not ship and the
     * default one draws it instead. The window calls it once its notices can be shown; later opens warn at once.
     */
    void warnOfUnknownSheet() {
        warned = true;
        Briefing b = briefing.briefing();
        String notice = b == null ? null : StyleSheets.unknownSheetNotice(b.info().styleSheet());
        if (notice != null) {
            briefing.reportProblem("Unknown style sheet", notice);
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
            item.setSelected(s.id().equals(sheet.get().id()));
            item.setOnAction(e -> choose(s));
            sheet.addListener((o, was, now) -> item.setSelected(s.id().equals(now.id())));
            menu.getItems().add(item);
        }
        return menu;
    }
}
