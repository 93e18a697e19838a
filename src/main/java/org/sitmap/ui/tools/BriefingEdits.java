package org.sitmap.ui.tools;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * What a tool may read and change of the open briefing: the selection, and edits that each go through one undoable
 * command. Implemented by the window's briefing view model; declared here so the tools need nothing of the window
 * package (which uses the tools). FX thread only.
 */
public interface BriefingEdits {
    ObjectProperty<Annotation> selectedProperty();

    /** The annotation selected last, or null. */
    Annotation selected();

    /** Selects only the annotation with this id; null clears the selection. */
    void select(String id);

    /** Ids of the selected annotations, in the order they were selected. */
    ObservableList<String> selection();

    /** The selected annotations in drawing order. */
    List<Annotation> selectedAnnotations();

    boolean isSelected(String id);

    /** Adds the id to the selection, or takes it out when it is in it. */
    void toggleSelected(String id);

    void selectAll(List<String> ids);

    /** A new annotation of the kind with the defaults an analyst expects, not yet added. */
    Annotation newAnnotation(AnnotationKind kind, Geometry geometry);

    /** Adds the annotation as one undo step. */
    void add(Annotation a);

    /** Replaces {@code before} by {@code after} as one undo step. */
    void change(Annotation before, Annotation after, String description);

    /** Replaces each of {@code before} by its counterpart in {@code after} as one undo step. */
    void changeAll(List<Annotation> before, List<Annotation> after, String description);

    /** Deletes the selected annotations as one undo step. */
    void deleteSelected();
}
