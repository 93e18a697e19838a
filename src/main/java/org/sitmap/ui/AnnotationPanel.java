package org.sitmap.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.PropertySheet;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;

/**
 * The annotations of the briefing (topmost first), filtered by kind, side and text, and a property sheet that edits
 * the selected one. Selection is shared with the map. FX thread only.
 */
public final class AnnotationPanel extends VBox {
    private final BriefingViewModel vm;
    private final ListView<Annotation> list = new ListView<>();
    private final ObservableList<Annotation> shown = FXCollections.observableArrayList();
    private final TextField filterText = new TextField();
    private final ComboBox<Object> filterKind = new ComboBox<>();
    private final ComboBox<Object> filterSide = new ComboBox<>();
    private final PropertySheet sheet = new PropertySheet();
    private boolean syncing;

    public AnnotationPanel(BriefingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("annotation-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(330);
        Label title = new Label("Situation");
        title.getStyleClass().add("panel-title");

        filterText.setPromptText("Filter by text");
        filterText.setId("annotationFilter");
        filterKind.getItems().add("All kinds");
        filterKind.getItems().addAll((Object[]) AnnotationKind.values());
        filterKind.getSelectionModel().selectFirst();
        filterSide.getItems().add("All sides");
        filterSide.getItems().addAll((Object[]) Side.values());
        filterSide.getSelectionModel().selectFirst();
        filterKind.setMaxWidth(Double.MAX_VALUE);
        filterSide.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(filterKind, Priority.ALWAYS);
        HBox.setHgrow(filterSide, Priority.ALWAYS);
        HBox filters = new HBox(4, filterKind, filterSide);

        list.setId("annotationList");
        list.setItems(shown);
        list.setPrefHeight(240);
        list.setCellFactory(v -> new AnnotationCell());
        list.setPlaceholder(new Label("Nothing drawn yet: pick a tool above the map"));

        sheet.setId("propertySheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        VBox.setVgrow(sheet, Priority.ALWAYS);

        getChildren().addAll(title, filterText, filters, list, sheet);

        Runnable refilter = this::refilter;
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> refilter.run());
        filterText.textProperty().addListener((o, a, b) -> refilter.run());
        filterKind.valueProperty().addListener((o, a, b) -> refilter.run());
        filterSide.valueProperty().addListener((o, a, b) -> refilter.run());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            syncSelection();
            if (a == null || b == null || !a.id().equals(b.id()) || !a.sameContent(b)) {
                showProperties(b);
            }
        });
        refilter();
        showProperties(null);
    }

    public ListView<Annotation> list() {
        return list;
    }

    public PropertySheet sheet() {
        return sheet;
    }

    private void refilter() {
        String text = filterText.getText() == null ? "" : filterText.getText().trim().toLowerCase(Locale.ROOT);
        Object kind = filterKind.getValue();
        Object side = filterSide.getValue();
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : vm.annotations()) {
            if (kind instanceof AnnotationKind k && a.kind() != k) {
                continue;
            }
            if (side instanceof Side s && a.side() != s) {
                continue;
            }
            if (!text.isEmpty() && !(a.title() + " " + a.notes() + " " + a.source() + " " + a.kind().label())
                    .toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            out.add(a);
        }
        Collections.reverse(out);
        syncing = true;
        shown.setAll(out);
        syncing = false;
        syncSelection();
    }

    private void syncSelection() {
        syncing = true;
        Annotation sel = vm.selected();
        if (sel == null) {
            list.getSelectionModel().clearSelection();
        } else {
            int i = -1;
            for (int k = 0; k < shown.size(); k++) {
                if (shown.get(k).id().equals(sel.id())) {
                    i = k;
                }
            }
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            } else {
                list.getSelectionModel().clearSelection();
            }
        }
        syncing = false;
    }

    private void showProperties(Annotation a) {
        if (a == null) {
            sheet.getItems().clear();
            return;
        }
        sheet.getItems().setAll(AnnotationProperties.itemsFor(a, vm));
    }

    /** A row: a colour chip of the side, the title, the kind and dates. */
    private static final class AnnotationCell extends ListCell<Annotation> {
        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int c = a.side().colour();
            Rectangle chip = new Rectangle(10, 10, Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            String dates = a.validFrom() == null && a.validTo() == null ? ""
                    : " · " + (a.validFrom() == null ? "…" : a.validFrom()) + " – "
                            + (a.validTo() == null ? "…" : a.validTo());
            setGraphic(chip);
            setText(a.displayName() + (a.locked() ? " 🔒" : "") + "\n" + a.kind().label() + dates);
        }
    }
}
