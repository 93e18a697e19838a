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
import org.sitmap.command.ChangeAnnotationCommand;
import org.sitmap.command.Command;
import org.sitmap.command.CompositeCommand;
import org.sitmap.command.RemoveAnnotationCommand;
import org.sitmap.command.ReorderAnnotationCommand;
import org.sitmap.command.UndoStack;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;
import org.sitmap.model.Side;

/**
 * The briefing being edited, as the window sees it: its annotations (drawing order), the selection, the undo
 * history and the situation date. Every edit goes through {@link #execute(Command)} so it can be undone and is
 * written to the briefing file as one transaction. FX thread only.
 */
public final class BriefingViewModel {
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "Undo");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    /** The day the map shows the situation of; null shows every annotation whatever its dates. */
    private final ObjectProperty<LocalDate> situationDate = new SimpleObjectProperty<>(this, "situationDate");
    /** The side new annotations get: the last one the analyst chose. */
    private final ObjectProperty<Side> defaultSide = new SimpleObjectProperty<>(this, "defaultSide", Side.UKRAINE);
    private final BriefingListener mirror = new Mirror();
    private final List<Runnable> contentListeners = new ArrayList<>();
    private UndoStack undoStack = new UndoStack();
    private List<Annotation> clipboard = List.of();
    private Consumer<Notice> notices = n -> { };

    public BriefingViewModel() {
        attach(new Briefing());
        situationDate.addListener((o, a, b) -> fireContentChanged());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                defaultSide.set(b.side());
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

    public void select(String id) {
        selected.set(id == null ? null : briefing().get(id));
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
     * titled after its kind, movement arrows in the plain "movement" style.
     */
    public Annotation newAnnotation(AnnotationKind kind, Geometry geometry) {
        Annotation.Builder b = Annotation.builder(kind, geometry).side(defaultSide.get())
                .title(kind.label()).validFrom(situationDate.get());
        if (kind == AnnotationKind.MOVEMENT) {
            b.attribute(Annotation.ARROW_STYLE, "movement");
        }
        if (kind == AnnotationKind.FRONTLINE) {
            b.attribute(Annotation.TEETH, "left");
        }
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
        LocalDate date = situationDate.get();
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
            selected.set(briefing().get(a.id()));
        }
    }

    /** Replaces the selected (or given) annotation by an edited value of it. */
    public void change(Annotation before, Annotation after, String description) {
        if (before.sameContent(after)) {
            return;
        }
        if (before.locked() && after.locked() && !before.geometry().equalsExact(after.geometry())) {
            notices.accept(new Notice(Notice.Level.INFO, before.displayName() + " is locked",
                    "Unlock it (Edit > Lock) to change it."));
            return;
        }
        LocalDate date = situationDate.get();
        boolean reshaped = !before.geometry().equalsExact(after.geometry());
        if (date != null && reshaped && (before.validFrom() == null || before.validFrom().isBefore(date))) {
            // As of a later date a new shape does not overwrite history: the old one stays valid until the day
            // before, the new one is valid from that day (how a zone's growth is recorded day by day).
            Annotation until = before.withValidity(before.validFrom(), date.minusDays(1));
            Annotation from = after.copyWithNewId().withValidity(date, before.validTo());
            int index = briefing().indexOf(before.id()) + 1;
            if (execute(new CompositeCommand(description + " as of " + date, List.of(
                    new ChangeAnnotationCommand(briefing(), before, until, description),
                    new AddAnnotationCommand(briefing(), from, index))))) {
                selected.set(briefing().get(from.id()));
            }
            return;
        }
        execute(new ChangeAnnotationCommand(briefing(), before, after, description));
    }

    public void deleteSelected() {
        Annotation a = selected.get();
        if (a != null && execute(new RemoveAnnotationCommand(briefing(), a.id()))) {
            selected.set(null);
        }
    }

    /** A copy shifted slightly so it is visible beside the original. */
    public void duplicateSelected() {
        Annotation a = selected.get();
        if (a != null) {
            add(shifted(a.copyWithNewId(), 0.05));
        }
    }

    public void copySelected() {
        Annotation a = selected.get();
        clipboard = a == null ? List.of() : List.of(a);
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        List<Command> adds = new ArrayList<>();
        Annotation last = null;
        for (Annotation a : clipboard) {
            last = shifted(a.copyWithNewId(), 0.05);
            adds.add(new AddAnnotationCommand(briefing(), last));
        }
        if (execute(adds.size() == 1 ? adds.get(0) : new CompositeCommand("Paste " + adds.size(), adds))) {
            selected.set(briefing().get(last.id()));
        }
    }

    public boolean hasClipboard() {
        return !clipboard.isEmpty();
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

    public void toggleLock() {
        Annotation a = selected.get();
        if (a != null) {
            execute(new ChangeAnnotationCommand(briefing(), a, a.withLocked(!a.locked()),
                    a.locked() ? "Unlock" : "Lock"));
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
                selected.set(null);
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
