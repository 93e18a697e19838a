package org.sitmap.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {
    /** Counts how often it ran; the stack's behaviour is checked through it (Scene Builder's JobManagerTest). */
    private static final class Counting implements Command {
        int value;

        @Override
        public void execute() {
            value++;
        }

        @Override
        public void undo() {
            value--;
        }

        @Override
        public String description() {
            return "count";
        }
    }

    @Test
    void pushExecutesUndoRevertsRedoReapplies() {
        UndoStack stack = new UndoStack();
        Counting c = new Counting();
        stack.push(c);
        assertThat(c.value).isEqualTo(1);
        stack.undo();
        assertThat(c.value).isZero();
        stack.redo();
        assertThat(c.value).isEqualTo(1);
        assertThat(stack.undoText()).isEqualTo("Undo count");
        assertThat(stack.redoText()).isEqualTo("Redo");
    }

    @Test
    void pushClearsRedo() {
        UndoStack stack = new UndoStack();
        stack.push(new Counting());
        stack.undo();
        assertThat(stack.canRedo()).isTrue();
        stack.push(new Counting());
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void depthIsCapped() {
        UndoStack stack = new UndoStack(Runnable::run, 3);
        for (int i = 0; i < 5; i++) {
            stack.push(new Counting());
        }
        assertThat(stack.undoDepth()).isEqualTo(3);
    }

    @Test
    void reentrantPushIsRefused() {
        UndoStack stack = new UndoStack();
        Command evil = new Command() {
            @Override
            public void execute() {
                stack.push(new Counting());
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "evil";
            }
        };
        assertThatThrownBy(() -> stack.push(evil)).isInstanceOf(IllegalStateException.class);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void revisionReturnsToTheSameValueAfterUndo() {
        UndoStack stack = new UndoStack();
        long clean = stack.revision();
        stack.push(new Counting());
        long one = stack.revision();
        assertThat(one).isNotEqualTo(clean);
        stack.push(new Counting());
        stack.undo();
        assertThat(stack.revision()).isEqualTo(one);
        stack.undo();
        assertThat(stack.revision()).isEqualTo(clean);
        stack.redo();
        assertThat(stack.revision()).isEqualTo(one);
    }

    @Test
    void everyStepRunsInsideTheTransactionWrapper() {
        List<String> log = new ArrayList<>();
        UndoStack stack = new UndoStack(r -> {
            log.add("begin");
            r.run();
            log.add("end");
        }, 10);
        stack.push(new Counting());
        stack.undo();
        assertThat(log).containsExactly("begin", "end", "begin", "end");
    }

    @Test
    void listenersHearEveryChange() {
        UndoStack stack = new UndoStack();
        int[] heard = {0};
        stack.addListener(s -> heard[0]++);
        stack.push(new Counting());
        stack.undo();
        stack.redo();
        assertThat(heard[0]).isEqualTo(3);
    }

    @Test
    void compositeUndoesInReverseOrder() {
        List<String> log = new ArrayList<>();
        Command a = named("a", log);
        Command b = named("b", log);
        CompositeCommand both = new CompositeCommand("both", List.of(a, b));
        both.execute();
        both.undo();
        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a");
    }

    private static Command named(String name, List<String> log) {
        return new Command() {
            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }
}
