package org.sitmap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * The annotations of the briefing (topmost first), filtered by kind, side, text and (optionally) validity on the
 * situation date, and a {@link PropertyForm} that edits the selected one. Selection is shared with the map;
 * double-clicking a row asks for the map to show it ({@link #setOnZoomTo}). FX thread only.
 */
public final class AnnotationPanel extends VBox {
    private static final DateText DATES = DateText.forDefaultLocale();
    private final BriefingViewModel vm;
    private final ListView<Annotation> list = new ListView<>();
    private final ObservableList<Annotation> shown = FXCollections.observableArrayList();
    private final TextField filterText = new TextField();
    private final ComboBox<Object> filterKind = new ComboBox<>();
    private final ComboBox<Object> filterSide = new ComboBox<>();
    private final CheckBox onlyValid = new CheckBox();
    private final Label placeholder = new Label();
    private final PropertyForm form;
    private final ObjectProperty<StyleSheet> styleSheet = new SimpleObjectProperty<>(StyleSheets.standard());
    private Consumer<Annotation> onZoomTo = a -> { };
    private boolean syncing;

    public AnnotationPanel(BriefingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("annotation-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(330);
        Label title = new Label("Situation");
        title.getStyleClass().add("panel-title");

        HBox filters = filters();

        list.setId("annotationList");
        list.setItems(shown);
        list.setPrefHeight(240);
        list.setCellFactory(v -> new AnnotationCell());
        styleSheet.addListener((o, was, now) -> list.refresh());
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);

        // Listing only what is valid on the situation date is the usual wish once a date is set.
        onlyValid.setId("onlyValidOnDate");
        onlyValid.setSelected(true);
        onlyValid.visibleProperty().bind(vm.situationDateProperty().isNotNull());
        onlyValid.managedProperty().bind(onlyValid.visibleProperty());

        form = new PropertyForm(vm);
        VBox.setVgrow(form, Priority.ALWAYS);

        getChildren().addAll(title, filterText, filters, onlyValid, list, form);

        Runnable refilter = this::refilter;
        vm.annotations().addListener((ListChangeListener<Annotation>) c -> refilter.run());
        filterText.textProperty().addListener((o, a, b) -> refilter.run());
        filterKind.valueProperty().addListener((o, a, b) -> refilter.run());
        filterSide.valueProperty().addListener((o, a, b) -> refilter.run());
        onlyValid.selectedProperty().addListener((o, a, b) -> refilter.run());
        vm.situationDateProperty().addListener((o, a, b) -> refilter.run());
        vm.sides().list().addListener((ListChangeListener<BriefingSide>) c -> {
            fillSideFilter();
            refilter.run();
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.select(b.id());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            syncSelection();
            form.show(b);
        });
        refilter();
    }

    public ListView<Annotation> list() {
        return list;
    }

    /** What to do when the user asks to see an annotation on the map (double-click on its row). */
    public void setOnZoomTo(Consumer<Annotation> onZoomTo) {
        this.onZoomTo = onZoomTo == null ? a -> { } : onZoomTo;
    }

    /**
     * The lon/lat box to show an annotation in: its extent (a circle's or range ring's radius) with room around it,
     * at least a fifth of a degree, so a marker is shown with its surroundings.
     */
    public static Envelope paddedExtent(Annotation a) {
        Envelope e = new Envelope(a.geometry().getEnvelopeInternal());
        if (a.geometry() instanceof Point p) {
            double km = a.kind().descriptor().reachKm(a);
            double cos = Math.max(0.1, Math.cos(Math.toRadians(p.getY())));
            e.expandBy(km / 111.32 / cos, km / 111.32);
        }
        e.expandBy(Math.max(0.2, e.getWidth() * 0.25), Math.max(0.2, e.getHeight() * 0.25));
        return e;
    }

    private HBox filters() {
        filterText.setPromptText("Filter by text");
        filterText.setId("annotationFilter");
        filterKind.getItems().add("All kinds");
        filterKind.getItems().addAll((Object[]) AnnotationKind.values());
        filterKind.getSelectionModel().selectFirst();
        filterSide.setId("sideFilter");
        fillSideFilter();
        filterKind.setMaxWidth(Double.MAX_VALUE);
        filterSide.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(filterKind, Priority.ALWAYS);
        HBox.setHgrow(filterSide, Priority.ALWAYS);
        return new HBox(4, filterKind, filterSide);
    }

    /** "All sides" and the briefing's sides by name, keeping the side chosen (by its code) across a rename. */
    private void fillSideFilter() {
        Side chosen = filterSide.getValue() instanceof BriefingSide s ? s.side() : null;
        List<Object> items = new ArrayList<>();
        items.add("All sides");
        items.addAll(vm.sides().list());
        filterSide.getItems().setAll(items);
        Object keep = vm.sides().list().stream().filter(s -> s.side().equals(chosen)).findFirst()
                .map(Object.class::cast).orElse(items.get(0));
        filterSide.setValue(keep);
    }

    private void refilter() {
        String text = filterText.getText() == null ? "" : filterText.getText().trim().toLowerCase(Locale.ROOT);
        Object kind = filterKind.getValue();
        Object side = filterSide.getValue();
        LocalDate date = vm.situationDateProperty().get();
        onlyValid.setText(date == null ? "" : "Only valid on " + DATES.format(date));
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : vm.annotations()) {
            if (date != null && onlyValid.isSelected() && !a.isValidOn(date)) {
                continue;
            }
            if (kind instanceof AnnotationKind k && a.kind() != k) {
                continue;
            }
            if (side instanceof BriefingSide s && !a.side().equals(s.side())) {
                continue;
            }
            if (!text.isEmpty() && !(a.title() + " " + a.notes() + " " + a.source() + " " + a.kind().label())
                    .toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            out.add(a);
        }
        Collections.reverse(out);
        placeholder.setText(vm.annotations().isEmpty() ? "Nothing drawn yet: pick a tool above the map"
                : "No annotation matches the filter");
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

    /** A row: a colour chip of the side, the title, the kind and dates; a double-click shows it on the map. */
    /** The sheet the list's side chips take their colours from: the map's, so both agree. */
    public ObjectProperty<StyleSheet> styleSheetProperty() {
        return styleSheet;
    }

    private final class AnnotationCell extends ListCell<Annotation> {
        AnnotationCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    onZoomTo.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int c = styleSheet.get().sideColour(a.side().code()).argb();
            Rectangle chip = new Rectangle(10, 10, Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            String dates = a.validFrom() == null && a.validTo() == null ? ""
                    : " · " + (a.validFrom() == null ? "…" : DATES.format(a.validFrom())) + " – "
                            + (a.validTo() == null ? "…" : DATES.format(a.validTo()));
            setGraphic(chip);
            setText(a.displayName() + (a.locked() ? " 🔒" : "") + "\n" + a.kind().label() + " · "
                    + vm.sides().nameOf(a.side()) + dates);
        }
    }
}
