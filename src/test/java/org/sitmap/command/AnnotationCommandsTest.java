package org.sitmap.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingListener;
import org.sitmap.model.Side;

class AnnotationCommandsTest {
    private final Briefing briefing = new Briefing();
    private final UndoStack stack = new UndoStack(briefing::atomically, Integer.MAX_VALUE);

    private static Geometry wkt(String s) {
        try {
            return new WKTReader().read(s);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Annotation zone() {
        return Annotation.create(AnnotationKind.ZONE, wkt("POLYGON ((35 51, 35.5 51, 35.5 51.4, 35 51.4, 35 51))"));
    }

    @Test
    void addUndoRedo() {
        Annotation z = zone();
        stack.push(new AddAnnotationCommand(briefing, z));
        assertThat(briefing.annotations()).containsExactly(z);
        stack.undo();
        assertThat(briefing.annotations()).isEmpty();
        stack.redo();
        assertThat(briefing.get(z.id())).isSameAs(z);
        assertThat(stack.undoText()).isEqualTo("Undo Add controlled zone");
    }

    @Test
    void undoRestoresDeletedAnnotationAtItsPosition() {
        Annotation a = zone();
        Annotation b = zone();
        Annotation c = zone();
        List.of(a, b, c).forEach(x -> stack.push(new AddAnnotationCommand(briefing, x)));
        stack.push(new RemoveAnnotationCommand(briefing, b.id()));
        assertThat(briefing.annotations()).containsExactly(a, c);
        stack.undo();
        assertThat(briefing.annotations()).containsExactly(a, b, c);
    }

    @Test
    void changeAndUndoRestoresTheOldValue() {
        Annotation z = zone();
        stack.push(new AddAnnotationCommand(briefing, z));
        Annotation edited = z.withSide(Side.UKRAINE).withGeometry(wkt(
                "POLYGON ((35 51, 35.6 51, 35.6 51.5, 35 51.5, 35 51))"));
        stack.push(new ChangeAnnotationCommand(briefing, z, edited, "Move zone"));
        assertThat(briefing.get(z.id()).side()).isEqualTo(Side.UKRAINE);
        stack.undo();
        assertThat(briefing.get(z.id())).isSameAs(z);
        stack.redo();
        assertThat(briefing.get(z.id())).isSameAs(edited);
    }

    @Test
    void reorderAndBack() {
        Annotation a = zone();
        Annotation b = zone();
        stack.push(new AddAnnotationCommand(briefing, a));
        stack.push(new AddAnnotationCommand(briefing, b));
        stack.push(new ReorderAnnotationCommand(briefing, a.id(), 1));
        assertThat(briefing.annotations()).containsExactly(b, a);
        stack.undo();
        assertThat(briefing.annotations()).containsExactly(a, b);
    }

    @Test
    void oneEditIsOneBatchForListeners() {
        List<String> events = new ArrayList<>();
        briefing.addListener(new BriefingListener() {
            @Override
            public void batchStarted() {
                events.add("begin");
            }

            @Override
            public void added(int index, Annotation annotation) {
                events.add("added " + index);
            }

            @Override
            public void batchFinished() {
                events.add("end");
            }
        });
        stack.push(new CompositeCommand("Paste 2", List.of(new AddAnnotationCommand(briefing, zone()),
                new AddAnnotationCommand(briefing, zone()))));
        assertThat(events).containsExactly("begin", "added 0", "added 1", "end");
    }
}
