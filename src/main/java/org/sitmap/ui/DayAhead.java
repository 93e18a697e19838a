package org.sitmap.ui;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.util.Duration;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.PreparedFrame;

/**
 * The map's frame of the day its timeline would step to next (the way it last stepped), painted on the map's render
 * thread once the map has been idle a moment, so a step of the timeline (its buttons, Play) shows that frame at once:
 * in a crowd a day brings and drops annotations all over the map, and drawing them took longer than a frame.
 * Anything that changes the map stops it ({@link #stop}); the frame is only taken for the very frame it was painted
 * for ({@link PreparedFrame}).
 *
 * <p>FX thread only, but for the painting on the render thread.
 */
final class DayAhead {
    private static final System.Logger LOG = System.getLogger(DayAhead.class.getName());
    /** How long the map must be idle first: a drag or a zoom never waits for a frame ahead. */
    private static final Duration IDLE = Duration.millis(120);

    private final PreparedFrame ahead = new PreparedFrame();
    private final PauseTransition timer = new PauseTransition(IDLE);
    private final MapRenderer renderer;
    private final ExecutorService renderThread;
    private final ObjectProperty<LocalDate> date;
    private final BooleanSupplier idle;
    private final Function<LocalDate, PreparedFrame.Request> requestOn;
    private final javafx.beans.value.ChangeListener<LocalDate> stepped = (o, was, now) -> {
        if (was != null && now != null && !was.equals(now)) {
            direction = now.isBefore(was) ? -1 : 1;
        }
    };
    private AtomicBoolean cancel;
    /** The date of the last frame painted ahead (tests). */
    private volatile LocalDate preparedFor;
    /** Whether a frame ahead is being painted. */
    private boolean painting;
    /** +1 when the timeline last went a day later, -1 earlier. */
    private int direction = 1;
    private int taken;

    /**
     * @param idle      whether the map has no frame under way or waiting
     * @param requestOn the frame the map would show on a date, as it stands now
     */
    DayAhead(MapRenderer renderer, ExecutorService renderThread, ObjectProperty<LocalDate> date, BooleanSupplier idle,
            Function<LocalDate, PreparedFrame.Request> requestOn) {
        this.renderer = renderer;
        this.renderThread = renderThread;
        this.date = date;
        this.idle = idle;
        this.requestOn = requestOn;
        date.addListener(stepped);
        timer.setOnFinished(e -> paint());
    }

    /** The frame painted ahead for exactly this request, handed over once; null when there is none. */
    PreparedFrame.Frame take(PreparedFrame.Request r) {
        PreparedFrame.Frame f = ahead.take(r);
        if (f != null) {
            taken++;
        }
        return f;
    }

    /** The map is idle (a frame was shown): paint the day ahead after a moment, unless it changes meanwhile. */
    void whenIdle() {
        timer.playFromStart();
    }

    /** The map changes: a frame ahead being painted gives way, and none starts until the map is idle again. */
    void stop() {
        timer.stop();
        if (cancel != null) {
            cancel.set(true);
        }
    }

    /** Stops, and forgets the frame and its image (a closed window). */
    void dispose() {
        stop();
        date.removeListener(stepped);
        ahead.clear();
    }

    /** Whether the frame painted ahead for {@code day} is waiting (tests). */
    boolean readyFor(LocalDate day) {
        return ahead.ready() && day.equals(preparedFor);
    }

    /** How many frames were taken (tests). */
    int taken() {
        return taken;
    }

    private void paint() {
        LocalDate shown = date.get();
        if (shown == null || painting || !idle.getAsBoolean() || renderThread.isShutdown()) {
            return;
        }
        LocalDate next = shown.plusDays(direction);
        PreparedFrame.Request r = requestOn.apply(next);
        // Nothing changed since it was painted (a pause after a step, a click that did nothing): nothing to do.
        if (r == null || ahead.readyFor(r)) {
            return;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        cancel = stopped;
        painting = true;
        renderThread.execute(() -> {
            try {
                if (!stopped.get()
                        && ahead.prepare(renderer, r, stopped::get)) {
                    preparedFor = next;
                }
            } catch (RuntimeException ex) {
                // Only a head start: the step paints its frame (and reports a failure) as any frame does.
                LOG.log(System.Logger.Level.WARNING, "Painting the next day ahead failed for " + r.viewport(), ex);
            } finally {
                Platform.runLater(() -> {
                    painting = false;
                    // Given way to a change: once its frame is over and the map idle, try again.
                    if (stopped.get() && idle.getAsBoolean()) {
                        whenIdle();
                    }
                });
            }
        });
    }
}
