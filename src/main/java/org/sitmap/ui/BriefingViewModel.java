package org.sitmap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.sitmap.command.AddAnnotationCommand;
import org.sitmap.command.Command;
import org.sitmap.command.ReorderAnnotationCommand;
import org.sitmap.command.UndoStack;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;
import org.sitmap.model.Side;
import org.sitmap.ui.tools.BriefingEdits;

/**
 * The briefing being edited, as the window sees it: its annotations (drawing order), the selection, the undo
 * history and the situation date. Every edit goes through {@link #execute(Command)} so it can be undone and is
 * written to the briefing file as one transaction. FX thread only.
 */
public final class BriefingViewModel implements BriefingEdits {
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>(this, "selected");
    /** The ids of every selected annotation; the primary one ({@link #selected}) is among them. */
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<String> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "Undo");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    /** The day the map shows the situation of; null shows every annotation whatever its dates. */
    private final ObjectProperty<LocalDate> situationDate = new SimpleObjectProperty<>(this, "situationDate");
    /** The side new annotations get: the one the analyst chose in the tool bar (never changed by selecting). */
    private final ObjectProperty<Side> defaultSide = new SimpleObjectProperty<>(this, "defaultSide", Side.UKRAINE);
    private final BriefingListener mirror = new Mirror();
    private final List<Runnable> contentListeners = new ArrayList<>();
    private UndoStack undoStack = new UndoStack();
    private List<Annotation> clipboard = List.of();
    private Consumer<Notice> notices = n -> { };
    private final BriefingSides sides;

    public BriefingViewModel() {
        attach(new Briefing());
        situationDate.addListener((o, a, b) -> fireContentChanged());
        sides = new BriefingSides(this);
        // Whoever sets the primary annotation (the list, a tool) makes it the whole selection unless it is in it.
        selected.addListener((o, a, b) -> {
            if (b == null) {
                selection.clear();
            } else if (!selection.contains(b.id())) {
                selection.setAll(b.id());
            }
        });
    }

    public void setNoticeSink(Consumer<Notice> sink) {
        this.notices = sink == null ? n -> { } : sink;
    }

    /** Switches to another briefing (opened or created); forgets the undo history and the selection. */
    public void attach(Briefing b) {
        Briefing old = briefing.get();
        if (old != null) {
            old.removeListener(mirror);
        }
        briefing.set(b);
        b.addListener(mirror);
        undoStack = new UndoStack(b::atomically, Integer.MAX_VALUE);
        undoStack.addListener(s -> refreshUndo());
        annotations.setAll(b.annotations());
        selected.set(null);
        situationDate.set(b.info().situationDate());
        refreshUndo();
        fireContentChanged();
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    public Briefing briefing() {
        return briefing.get();
    }

    /** The annotations in drawing order (bottom first), kept in step with the briefing. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation selected() {
        return selected.get();
    }

    /** Selects one annotation alone (null selects nothing). */
    public void select(String id) {
        Annotation a = id == null ? null : briefing().get(id);
        selection.setAll(a == null ? List.of() : List.of(a.id()));
        selected.set(a);
    }

    /**
     * The ids of the selected annotations, in the order they were selected; the primary one, whose properties
     * the sheet shows, is {@link #selected()}. Read-only: change it with the select methods.
     */
    public ObservableList<String> selection() {
        return selectionView;
    }

    /** The selected annotations in drawing order (bottom first). */
    public List<Annotation> selectedAnnotations() {
        List<Annotation> out = new ArrayList<>(selection.size());
        for (Annotation a : annotations) {
            if (selection.contains(a.id())) {
                out.add(a);
            }
        }
        return out;
    }

    public boolean isSelected(String id) {
        return selection.contains(id);
    }

    /** Adds the annotation to the selection as its primary one, or takes it out when it is already in. */
    public void toggleSelected(String id) {
        if (selection.remove(id)) {
            selected.set(selection.isEmpty() ? null : briefing().get(selection.get(selection.size() - 1)));
        } else if (briefing().get(id) != null) {
            selection.add(id);
            selected.set(briefing().get(id));
        }
    }

    /** Selects exactly these annotations (unknown ids are skipped); the last becomes the primary one. */
    public void selectAll(List<String> ids) {
        List<String> known = new ArrayList<>();
        for (String id : ids) {
            if (briefing().get(id) != null && !known.contains(id)) {
                known.add(id);
            }
        }
        selection.setAll(known);
        selected.set(known.isEmpty() ? null : briefing().get(known.get(known.size() - 1)));
    }

    /** Selects every annotation the map shows on the situation date. */
    public void selectAllVisible() {
        selectAll(visibleAnnotations().stream().map(Annotation::id).toList());
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ObjectProperty<LocalDate> situationDateProperty() {
        return situationDate;
    }

    public ObjectProperty<Side> defaultSideProperty() {
        return defaultSide;
    }

    /**
     * A new annotation with the defaults an analyst expects: the current side, valid from the situation date shown,
     * titled after its kind, with its kind's defaults ({@link org.sitmap.model.KindDescriptor#applyDefaults}: movement
     * arrows in the plain "movement" style, range rings at 15, 30 and 60 km...).
     */
    public Annotation newAnnotation(AnnotationKind kind, Geometry geometry) {
        Annotation.Builder b = Annotation.builder(kind, geometry).side(defaultSide.get())
                .title(kind.label()).validFrom(situationDate.get());
        kind.descriptor().applyDefaults(b);
        return b.build();
    }

    public UndoStack undoStack() {
        return undoStack;
    }

    /** Called when anything the map draws from the briefing changed. */
    public void addContentListener(Runnable r) {
        contentListeners.add(r);
    }

    /** What the map draws: annotations valid on the situation date, in drawing order. */
    public List<Annotation> visibleAnnotations() {
        return visibleAnnotationsOn(situationDate.get());
    }

    /**
     * The days the timeline covers: from the first to the last date of any annotation's validity, and the
     * situation date; null when there is none.
     */
    public LocalDate[] timelineSpan() {
        LocalDate first = situationDate.get();
        LocalDate last = first;
        for (Annotation a : annotations) {
            for (LocalDate d : new LocalDate[] {a.validFrom(), a.validTo()}) {
                if (d != null) {
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
        }
        return first == null ? null : new LocalDate[] {first, last};
    }

    /** What the map would draw on {@code date} (every annotation when null), in drawing order. */
    public List<Annotation> visibleAnnotationsOn(LocalDate date) {
        List<Annotation> out = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            if (a.isValidOn(date)) {
                out.add(a);
            }
        }
        return out;
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    /** Runs an edit through the undo stack, unless the briefing is read-only. Returns whether it ran. */
    public boolean execute(Command command) {
        if (readOnly.get()) {
            notices.accept(new Notice(Notice.Level.WARNING, "This briefing is read-only",
                    "Changes cannot be saved to this file. Use File > Save As to make an editable copy."));
            return false;
        }
        try {
            undoStack.push(command);
            return true;
        } catch (RuntimeException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "The edit could not be made", String.valueOf(
                    e.getMessage())));
            return false;
        }
    }

    /** Tells the user why something could not be done. */
    public void reportProblem(String title, String text) {
        notices.accept(new Notice(Notice.Level.WARNING, title, text == null ? "" : text));
    }

    public void add(Annotation a) {
        if (execute(new AddAnnotationCommand(briefing(), a))) {
            select(a.id());
        }
    }

    /** Replaces the selected (or given) annotation by an edited value of it. */
    public void change(Annotation before, Annotation after, String description) {
        if (before.locked() && after.locked() && !before.geometry().equalsExact(after.geometry())) {
            notices.accept(new Notice(Notice.Level.INFO, before.displayName() + " is locked",
                    "Unlock it (Edit > Lock) to change it."));
            return;
        }
        changeAll(List.of(before), List.of(after), description);
    }

    /**
     * Replaces each of {@code before} (drawing order) by its counterpart in {@code after} as one undo step, and
     * selects the results. Reshaping as of a later situation date keeps the old shape until the day before.
     */
    public void changeAll(List<Annotation> before, List<Annotation> after, String description) {
        run(SelectionCommands.change(briefing(), situationDate.get(), before, after, description));
    }

    private void run(SelectionCommands.Edit edit) {
        if (edit.command() != null && execute(edit.command())) {
            selectAll(edit.selectAfter());
        }
    }

    /** Applies one change to every selected annotation that is not locked, as one undo step. */
    private void changeSelected(java.util.function.UnaryOperator<Annotation> change, String description) {
        List<Annotation> before = unlockedSelection();
        changeAll(before, before.stream().map(change).toList(), description);
    }

    /** The selected annotations an edit may change; says how many locked ones it leaves alone. */
    private List<Annotation> unlockedSelection() {
        List<Annotation> all = selectedAnnotations();
        List<Annotation> open = all.stream().filter(a -> !a.locked()).toList();
        int locked = all.size() - open.size();
        if (locked > 0) {
            notices.accept(new Notice(Notice.Level.INFO, locked == 1 ? "1 locked annotation was not changed"
                    : locked + " locked annotations were not changed", "Unlock them (Edit > Lock / unlock) to"
                    + " change them."));
        }
        return open;
    }

    public void deleteSelected() {
        run(SelectionCommands.remove(briefing(), selectedAnnotations()));
    }

    /** Copies shifted slightly so they are visible beside the originals. */
    public void duplicateSelected() {
        run(SelectionCommands.add(briefing(), selectedAnnotations().stream()
                .map(a -> shifted(a.copyWithNewId(), 0.05)).toList(), "Duplicate"));
    }

    public void copySelected() {
        clipboard = selectedAnnotations();
    }

    public void paste() {
        run(SelectionCommands.add(briefing(), clipboard.stream().map(a -> shifted(a.copyWithNewId(), 0.05))
                .toList(), "Paste"));
    }

    public boolean hasClipboard() {
        return !clipboard.isEmpty();
    }

    /** The open briefing's sides and their edits. */
    public BriefingSides sides() {
        return sides;
    }

    public void setSideOfSelected(Side side) {
        changeSelected(a -> a.withSide(side), "Set side to " + sides.nameOf(side));
    }

    /** Sets the dates the selected annotations are valid (null: open-ended). */
    public void setValidityOfSelected(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last valid day " + to + " is before the first " + from);
        }
        changeSelected(a -> a.withValidity(from, to), "Set dates");
    }

    public void setSourceOfSelected(String source) {
        changeSelected(a -> a.withSource(source, a.sourceUrl()), "Set source");
    }

    /** True when some selected annotation can be split as of the situation date. */
    public boolean canSplitSelected() {
        return selectedAnnotations().stream().anyMatch(a -> SelectionCommands.canSplit(a, situationDate.get()));
    }

    /**
     * Splits the selected annotations as of the situation date D: each stays valid until D - 1 and a copy valid
     * from D is added right above it (one undo step).
     */
    public void splitSelectedAsOfDate() {
        if (canSplitSelected()) {
            run(SelectionCommands.split(briefing(), unlockedSelection(), situationDate.get()));
        }
    }

    public void bringForward() {
        Annotation a = selected.get();
        if (a != null) {
            int i = briefing().indexOf(a.id());
            if (i < briefing().size() - 1) {
                execute(new ReorderAnnotationCommand(briefing(), a.id(), i + 1));
            }
        }
    }

    public void sendBack() {
        Annotation a = selected.get();
        if (a != null) {
            int i = briefing().indexOf(a.id());
            if (i > 0) {
                execute(new ReorderAnnotationCommand(briefing(), a.id(), i - 1));
            }
        }
    }

    /** Locks every selected annotation, or unlocks them all when the primary one is locked. */
    public void toggleLock() {
        Annotation a = selected.get();
        if (a != null) {
            boolean lock = !a.locked();
            List<Annotation> before = selectedAnnotations();
            changeAll(before, before.stream().map(x -> x.withLocked(lock)).toList(), lock ? "Lock" : "Unlock");
        }
    }

    public void undo() {
        if (undoStack.canUndo()) {
            undoStack.undo();
        }
    }

    public void redo() {
        if (undoStack.canRedo()) {
            undoStack.redo();
        }
    }

    public void setInfo(BriefingInfo info) {
        execute(new org.sitmap.command.SetBriefingInfoCommand(briefing(), info));
    }

    static Annotation shifted(Annotation a, double degrees) {
        Geometry g = AffineTransformation.translationInstance(degrees, -degrees / 2).transform(a.geometry());
        return a.toBuilder().geometry(g).build();
    }

    private void refreshUndo() {
        undoText.set(undoStack.undoText());
        redoText.set(undoStack.redoText());
        canUndo.set(undoStack.canUndo());
        canRedo.set(undoStack.canRedo());
    }

    private void fireContentChanged() {
        contentListeners.forEach(Runnable::run);
    }

    /** Keeps {@link #annotations} and the selection in step with the briefing, whatever changed it. */
    private final class Mirror implements BriefingListener {
        @Override
        public void added(int index, Annotation annotation) {
            annotations.add(index, annotation);
            fireContentChanged();
        }

        @Override
        public void removed(int index, Annotation annotation) {
            annotations.remove(index);
            if (selected.get() != null && selected.get().id().equals(annotation.id())) {
                toggleSelected(annotation.id());
            } else {
                selection.remove(annotation.id());
            }
            fireContentChanged();
        }

        @Override
        public void changed(Annotation before, Annotation after) {
            int i = annotations.indexOf(before);
            if (i >= 0) {
                annotations.set(i, after);
            }
            if (selected.get() != null && selected.get().id().equals(after.id())) {
                selected.set(after);
            }
            fireContentChanged();
        }

        @Override
        public void moved(Annotation annotation, int from, int to) {
            annotations.remove(from);
            annotations.add(to, annotation);
            fireContentChanged();
        }
    }
}
