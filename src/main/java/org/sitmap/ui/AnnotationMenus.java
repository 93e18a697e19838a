package org.sitmap.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingSide;

/**
 * The menu items that act on the selected annotations, built in one place for the Edit menu, the map's context
 * menu and the Situation list's context menu. Each call makes fresh items (a menu item lives in one menu), each
 * enabled only when it can act. FX thread only.
 */
final class AnnotationMenus {
    private final BriefingViewModel briefing;
    private final MainViewModel model;
    private final AnnotationPanel panel;
    private final java.util.function.Supplier<Window> owner;
    private final BooleanBinding none;

    AnnotationMenus(BriefingViewModel briefing, MainViewModel model, AnnotationPanel panel,
            java.util.function.Supplier<Window> owner) {
        this.briefing = briefing;
        this.model = model;
        this.panel = panel;
        this.owner = owner;
        this.none = Bindings.isEmpty(briefing.selection());
    }

    /** The items of a context menu on the selection (map or list). */
    ContextMenu contextMenu() {
        List<MenuItem> items = new ArrayList<>(List.of(item(AppAction.EDIT_PROPERTIES), new SeparatorMenuItem(),
                item(AppAction.DELETE), item(AppAction.DUPLICATE), new SeparatorMenuItem(),
                item(AppAction.BRING_FORWARD), item(AppAction.SEND_BACK), item(AppAction.ZOOM_TO_SELECTION),
                new SeparatorMenuItem(), item(AppAction.SPLIT_AS_OF_DATE), item(AppAction.LOCK),
                new SeparatorMenuItem()));
        items.addAll(settingItems());
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.setId("selection-menu");
        return menu;
    }

    /** Set side ▸, Set dates…, Set source… for every selected annotation at once. */
    List<MenuItem> settingItems() {
        Menu side = new Menu(AppAction.SET_SIDE.text());
        side.setId(AppAction.SET_SIDE.name());
        Runnable fill = () -> side.getItems().setAll(briefing.sides().list().stream().map(this::sideItem).toList());
        fill.run();
        // Held by the menu itself, so the listener lives exactly as long as the menu.
        ListChangeListener<BriefingSide> refill = c -> fill.run();
        side.getProperties().put(ListChangeListener.class, refill);
        briefing.sides().list().addListener(new WeakListChangeListener<>(refill));
        side.disableProperty().bind(none);
        return List.of(side, item(AppAction.SET_DATES), item(AppAction.SET_SOURCE));
    }

    private MenuItem sideItem(BriefingSide s) {
        MenuItem i = new MenuItem(s.name());
        i.setMnemonicParsing(false);
        i.setId("set-side-" + s.side().code());
        i.setOnAction(e -> briefing.setSideOfSelected(s.side()));
        return i;
    }

    /** A fresh menu item for an action on the selection, with its behaviour and when it is enabled. */
    MenuItem item(AppAction action) {
        Runnable behaviour = switch (action) {
            case DELETE -> briefing::deleteSelected;
            case DUPLICATE -> briefing::duplicateSelected;
            case COPY -> briefing::copySelected;
            case BRING_FORWARD -> briefing::bringForward;
            case SEND_BACK -> briefing::sendBack;
            case LOCK -> briefing::toggleLock;
            case EDIT_PROPERTIES -> this::editProperties;
            case ZOOM_TO_SELECTION -> this::zoomToSelection;
            case SPLIT_AS_OF_DATE -> briefing::splitSelectedAsOfDate;
            case SET_DATES -> this::askDates;
            case SET_SOURCE -> this::askSource;
            default -> throw new IllegalArgumentException(action + " does not act on the selection");
        };
        MenuItem item = MainWindow.item(action, behaviour);
        if (action == AppAction.SPLIT_AS_OF_DATE) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> !briefing.canSplitSelected(),
                    briefing.selection(), briefing.situationDateProperty(), briefing.annotations()));
        } else {
            item.disableProperty().bind(none);
        }
        return item;
    }

    /**
     * Right-click on the map picks what is under the pointer unless it is already selected, then opens the menu.
     * It opens on the button's release (as on Windows), which every platform delivers, also to the robot.
     */
    void installContextMenus(MapView mapView) {
        javafx.scene.control.ContextMenu mapMenu = contextMenu();
        mapView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.SECONDARY || !e.isStillSincePress()) {
                return;
            }
            String id = mapView.annotationAt(e.getX(), e.getY());
            mapMenu.hide();
            if (id != null) {
                if (!briefing.isSelected(id)) {
                    briefing.select(id);
                }
                mapMenu.show(mapView, e.getScreenX(), e.getScreenY());
            }
        });
        mapView.setOnContextMenuRequested(e -> {
            // The keyboard's menu key opens it at the selection's place; a mouse opens it on release (above).
            if (e.isKeyboardTrigger() && !briefing.selection().isEmpty()) {
                mapMenu.show(mapView, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        panel.list().setContextMenu(contextMenu());
    }

    /** Puts the keyboard in the property form's first field (or the panel) to edit the primary selection. */
    private void editProperties() {
        javafx.scene.Node title = panel.lookup("#prop-title");
        (title != null ? title : panel).requestFocus();
    }

    private void zoomToSelection() {
        // The same padded extent as a double-click in the list (it also takes in an evacuation circle's radius).
        Envelope all = new Envelope();
        for (Annotation a : briefing.selectedAnnotations()) {
            all.expandToInclude(AnnotationPanel.paddedExtent(a));
        }
        if (!all.isNull()) {
            model.zoomToLonLat(all);
        }
    }

    private void askDates() {
        Annotation primary = briefing.selected();
        if (primary == null) {
            return;
        }
        SelectionDialogs.askDates(owner.get(), briefing.selection().size(), primary.validFrom(), primary.validTo())
                .ifPresent(v -> briefing.setValidityOfSelected(v.from(), v.to()));
    }

    private void askSource() {
        Annotation primary = briefing.selected();
        if (primary != null) {
            SelectionDialogs.askSource(owner.get(), briefing.selection().size(), primary.source())
                    .ifPresent(briefing::setSourceOfSelected);
        }
    }
}
