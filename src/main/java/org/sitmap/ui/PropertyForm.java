package org.sitmap.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.SideList;

/**
 * The property form of the selected annotation: its {@link AnnotationProperties rows} in titled sections, each with
 * a typed field that commits once the user is done (Enter, leaving the field, a pick), as one undoable change.
 *
 * <p>It replaces ControlsFX's PropertySheet, whose default editors commit on every keystroke (each commit changed
 * the annotation, which rebuilt the sheet and lost the focus after one character), threw on null values (no
 * property sheet at all for a new evacuation area or label) and showed sections as an accordion that reopened the
 * first one after every change. Here a change of the annotation's value (a commit, undo, a drag on the map) only
 * refreshes the fields in place, never the one the user is typing in; the controls are rebuilt only for another
 * annotation or another set of rows, and each section stays open or closed as the user left it. Fields are
 * read-only on a locked annotation (all but Locked) and in a read-only file. FX thread only.
 */
final class PropertyForm extends ScrollPane {
    private final BriefingViewModel vm;
    private final VBox content = new VBox(4);
    private final Label empty = new Label("Select an annotation on the map or in the list to describe it.");
    /** Open or closed, by section name, as the user left it. */
    private final Map<String, Boolean> expanded = new HashMap<>();
    private final List<Bound<?>> bound = new ArrayList<>();
    private String shownId;
    private List<String> shownLayout = List.of();
    /** Counts rebuilds, so a field that was replaced can tell its late commit apart. */
    private int generation;

    PropertyForm(BriefingViewModel vm) {
        this.vm = vm;
        setId("propertySheet");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        empty.setWrapText(true);
        empty.getStyleClass().add("form-placeholder");
        content.setPadding(new Insets(2));
        setContent(content);
        expanded.put(AnnotationProperties.MEASURES, false);
        show(null);
        // A side renamed or added in the Sides dialog shows at once in the side picker.
        vm.sides().list().addListener((javafx.collections.ListChangeListener<BriefingSide>) c -> {
            if (shownId != null) {
                show(vm.briefing().get(shownId));
            }
        });
    }

    /** Shows an annotation (null: none): refreshes the fields in place when it is the one already shown. */
    void show(Annotation a) {
        if (a == null) {
            bound.clear();
            generation++;
            shownId = null;
            shownLayout = List.of();
            content.getChildren().setAll(empty);
            return;
        }
        SideList sides = vm.sides().current();
        List<PropertyRow<?>> rows = AnnotationProperties.rowsFor(a, sides);
        List<String> layout = new java.util.ArrayList<>(rows.stream().map(r -> r.section() + "/" + r.key()).toList());
        layout.add("sides/" + sides); // the side picker lists the sides as they are
        if (!a.id().equals(shownId) || !layout.equals(shownLayout)) {
            rebuild(a.id(), rows);
            shownId = a.id();
            shownLayout = layout;
        }
        boolean readOnlyFile = vm.readOnlyProperty().get();
        for (Bound<?> b : bound) {
            b.show(a, readOnlyFile);
        }
    }

    private void rebuild(String annotationId, List<PropertyRow<?>> rows) {
        generation++;
        bound.clear();
        Map<String, GridPane> sections = new LinkedHashMap<>();
        for (PropertyRow<?> row : rows) {
            GridPane grid = sections.computeIfAbsent(row.section(), s -> grid());
            Bound<?> b = bind(row, annotationId);
            Label label = new Label(row.label());
            label.setLabelFor(b.field().node());
            label.setWrapText(true);
            // Beside the input, not in the middle of the input and its message.
            GridPane.setValignment(label, VPos.TOP);
            label.setPadding(new Insets(4, 0, 0, 0));
            int r = grid.getRowCount();
            grid.addRow(r, label, b.field().node());
            b.field().node().focusWithinProperty().addListener((o, was, now) -> {
                if (now) {
                    reveal(b.field().node());
                }
            });
            bound.add(b);
        }
        List<Node> panes = new ArrayList<>();
        sections.forEach((name, grid) -> panes.add(section(name, grid)));
        content.getChildren().setAll(panes);
    }

    private TitledPane section(String name, GridPane grid) {
        TitledPane pane = new TitledPane(name, grid);
        pane.setId("section-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        pane.setExpanded(expanded.getOrDefault(name, true));
        pane.setAnimated(false);
        pane.expandedProperty().addListener((o, was, now) -> expanded.put(name, now));
        return pane;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(36);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    private <T> Bound<T> bind(PropertyRow<T> row, String annotationId) {
        FormField<T> field = row.field().apply(row.fieldId());
        int built = generation;
        field.setOnCommit(value -> {
            if (built != generation) {
                // The field was replaced while the user typed in it (another annotation selected, an undo):
                // keep what was typed, after the change under way is done.
                Platform.runLater(() -> commit(row, annotationId, value));
                return null;
            }
            return commit(row, annotationId, value);
        });
        return new Bound<>(row, field);
    }

    /** Makes the edited annotation and hands it to the view model as one change; returns why not, or null. */
    private <T> String commit(PropertyRow<T> row, String annotationId, T value) {
        Annotation current = vm.briefing().get(annotationId);
        if (current == null || !row.editable()) {
            return null;
        }
        Annotation after;
        try {
            after = row.write().apply(current, value);
        } catch (IllegalArgumentException e) {
            return AnnotationProperties.inWords(e.getMessage());
        }
        vm.change(current, after, "Edit " + row.label().toLowerCase(Locale.ROOT));
        return null;
    }

    /** Scrolls so the field the user moved into (by Tab or click) is in view. */
    private void reveal(Node node) {
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - view;
        if (b == null || extra <= 0) {
            return;
        }
        double top = getVvalue() * extra;
        if (b.getMinY() < top) {
            setVvalue(b.getMinY() / extra);
        } else if (b.getMaxY() > top + view) {
            setVvalue((b.getMaxY() - view) / extra);
        }
    }

    /** A row and the editor showing it. */
    private record Bound<T>(PropertyRow<T> row, FormField<T> field) {
        void show(Annotation a, boolean readOnlyFile) {
            field.showStored(row.read().apply(a));
            field.setReadOnly(readOnlyFile || a.locked() && !AnnotationProperties.editableWhenLocked(row));
        }
    }
}
