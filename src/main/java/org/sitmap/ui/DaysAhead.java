package org.sitmap.ui;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.util.Duration;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.PreparedFrames;

/**
 * The map's frames of the other days of its timeline, painted on the map's render thread once the map has been
 * idle a moment, nearest the day shown first (the way the timeline last stepped before the other), so a step, Play,
 * a date typed or picked, or the slider dragged shows a kept frame at once: in a crowd a day brings and drops
 * annotations all over the map, and drawing them took longer than a frame. Painting goes on, a day at a time, while
 * the map stays idle, until every day of the timeline is kept or the budget of {@link PreparedFrames} holds only
 * nearer days. Anything that changes the map stops it ({@link #stop}); a frame is only taken for the very frame it
 * was painted for, so days an edit did not touch stay kept.
 *
 * <p>FX thread only, but for the painting on the render thread.
 */
final class DaysAhead {
    private static final System.Logger LOG = System.getLogger(DaysAhead.class.getName());
    /** How long the map must be idle first: a drag or a zoom never waits for a frame ahead. */
    private static final Duration IDLE = Duration.millis(120);
    /** Days looked at per UI event: picking a 10,000-annotation crowd's day takes a fraction of a millisecond. */
    private static final int LOOKS_PER_EVENT = 6;
    private final PreparedFrames frames = new PreparedFrames(PreparedFrames.windowBudget());
    private final PauseTransition timer = new PauseTransition(IDLE);
    private final MapRenderer renderer;
    private final ExecutorService renderThread;
    private final ObjectProperty<LocalDate> date;
    private final BooleanSupplier idle;
    private final Function<LocalDate, PreparedFrames.Request> requestOn;
    private final Supplier<LocalDate[]> span;
    private final javafx.beans.value.ChangeListener<LocalDate> stepped = (o, was, now) -> {
        if (was != null && now != null && !was.equals(now)) {
            direction = now.isBefore(was) ? -1 : 1;
        }
    };
    private AtomicBoolean cancel;
    /** Whether a frame ahead is being painted. */
    private boolean painting;
    /** +1 when the timeline last went a day later, -1 earlier. */
    private int direction = 1;
    private int taken;
    /** How far from the day shown the next look starts: the days nearer were kept when last looked at. */
    private long nearest = 1;
    /**
     * Whether the frame shown came from the kept ones: the renderer's layer of the day shown is then another day's,
     * and is brought up to it first, so a pan or an edit of the day shown redraws only what changed.
     */
    private boolean layerBehind;

    /**
     * @param idle      whether the map has no frame under way or waiting
     * @param requestOn the frame the map would show on a date, as it stands now (null while it cannot show one)
     * @param span      the first and last day of the timeline, or null
     */
    DaysAhead(MapRenderer renderer, ExecutorService renderThread, ObjectProperty<LocalDate> date,
            BooleanSupplier idle, Function<LocalDate, PreparedFrames.Request> requestOn, Supplier<LocalDate[]> span) {
        this.renderer = renderer;
        this.renderThread = renderThread;
        this.date = date;
        this.idle = idle;
        this.requestOn = requestOn;
        this.span = span;
        date.addListener(stepped);
        timer.setOnFinished(e -> paintNext());
    }

    /**
     * The frame kept for {@code day} if it was painted for exactly this request, else null; its image is reused by
     * the next take.
     */
    PreparedFrames.Frame take(LocalDate day, PreparedFrames.Request r) {
        PreparedFrames.Frame f = day == null ? null : frames.take(day.toEpochDay(), r);
        if (f != null) {
            taken++;
            layerBehind = true;
        }
        return f;
    }

    /** The map is idle (a frame was shown): paint the days ahead after a moment, unless it changes meanwhile. */
    void whenIdle() {
        nearest = 1;
        timer.playFromStart();
    }

    /** The map changes: a frame ahead being painted gives way, and none starts until the map is idle again. */
    void stop() {
        timer.stop();
        if (cancel != null) {
            cancel.set(true);
        }
    }

    /** Stops, and forgets the frames (a closed window). */
    void dispose() {
        stop();
        date.removeListener(stepped);
        frames.clear();
    }

    /** Whether the frame kept for {@code day} is the one the map would show on it now (tests; FX thread). */
    boolean readyFor(LocalDate day) {
        PreparedFrames.Request r = requestOn.apply(day);
        return r != null && frames.readyFor(day.toEpochDay(), r);
    }

    /** How many frames were taken (tests). */
    int taken() {
        return taken;
    }

    /**
     * Paints the nearest day of the timeline not kept for the map as it stands, if the map is still idle; looks at
     * a few days per event, so the UI thread is never held for long (each look picks a day's annotations).
     */
    private void paintNext() {
        LocalDate shown = date.get();
        LocalDate[] days = span.get();
        if (shown == null || days == null || painting || !idle.getAsBoolean() || renderThread.isShutdown()) {
            return;
        }
        if (layerBehind) {
            PreparedFrames.Request r = requestOn.apply(shown);
            if (r != null) {
                layerBehind = false;
                run(r, stopped -> frames.paintShown(renderer, r, stopped));
            }
            return;
        }
        // A day either side: before the first annotation and after the last, as a step there shows them.
        long from = days[0].toEpochDay() - 1;
        long to = days[1].toEpochDay() + 1;
        long at = shown.toEpochDay();
        int dir = direction;
        int looks = 0;
        for (long k = nearest; at + k <= to || at - k >= from; k++) {
            if (looks >= LOOKS_PER_EVENT) {
                nearest = k;
                Platform.runLater(this::paintNext);
                return;
            }
            for (long day : new long[] {at + k * dir, at - k * dir}) {
                if (day < from || day > to) {
                    continue;
                }
                looks++;
                PreparedFrames.Request r = requestOn.apply(LocalDate.ofEpochDay(day));
                if (r == null) {
                    return;
                }
                if (!frames.readyFor(day, r)) {
                    nearest = k;
                    LongUnaryOperator distance = t -> 2 * Math.abs(t - at) - (Long.signum(t - at) == dir ? 1 : 0);
                    run(r, stopped -> frames.prepare(renderer, r, day, distance, stopped));
                    return;
                }
            }
        }
    }

    /**
     * Runs {@code job} (given its cancel flag; answering whether there may be more to paint) on the render thread,
     * then looks for the next day while the map stays idle.
     */
    private void run(PreparedFrames.Request r, Predicate<BooleanSupplier> job) {
        AtomicBoolean stopped = new AtomicBoolean();
        cancel = stopped;
        painting = true;
        renderThread.execute(() -> {
            boolean more = false;
            try {
                more = !stopped.get() && job.test(stopped::get);
            } catch (RuntimeException ex) {
                // Only a head start: the day's own frame paints (and reports a failure) as any frame does.
                LOG.log(System.Logger.Level.WARNING, "Painting a day ahead failed for " + r.viewport(), ex);
            } finally {
                boolean goOn = more;
                Platform.runLater(() -> {
                    painting = false;
                    if (stopped.get()) {
                        // Given way to a change: once its frame is over and the map idle, start again.
                        if (idle.getAsBoolean()) {
                            whenIdle();
                        }
                    } else if (goOn) {
                        paintNext();
                    }
                });
            }
        });
    }
}
