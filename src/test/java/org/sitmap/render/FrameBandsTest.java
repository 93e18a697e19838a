package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The bands of a kept layer drawn whole side by side: every row once, and a failure reaches the caller. */
class FrameBandsTest {
    @Test
    void everyRowIsInExactlyOneBand() {
        int height = 1081;
        AtomicIntegerArray rows = new AtomicIntegerArray(height);
        FrameBands.run(height, 7, (top, bottom) -> {
            for (int y = top; y < bottom; y++) {
                rows.incrementAndGet(y);
            }
        });
        for (int y = 0; y < height; y++) {
            assertThat(rows.get(y)).as("row %d", y).isEqualTo(1);
        }
    }

    @Test
    void moreBandsThanRowsGiveOneRowEach() {
        AtomicIntegerArray rows = new AtomicIntegerArray(3);
        FrameBands.run(3, 8, (top, bottom) -> {
            assertThat(bottom - top).isEqualTo(1);
            rows.incrementAndGet(top);
        });
        assertThat(rows.toString()).isEqualTo("[1, 1, 1]");
    }

    /** The caller hears of a failure only once every band that started is done (they write into its pixels). */
    @Test
    void aFailedBandIsThrownInTheCallerOnceTheOthersAreDone() {
        assumeTrue(FrameBands.THREADS > 1, "bands side by side need two cores");
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicBoolean slowDone = new AtomicBoolean();
        assertThatThrownBy(() -> FrameBands.run(100, 2, (top, bottom) -> {
            try {
                if (top == 0) {
                    slowStarted.await(5, TimeUnit.SECONDS);
                    throw new CancellationException("band 0");
                }
                slowStarted.countDown();
                Thread.sleep(200);
                slowDone.set(true);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        })).isInstanceOf(CancellationException.class).hasMessage("band 0");
        assertThat(slowDone).as("the other band had finished").isTrue();
    }

    /** After a band fails, no band starts: the frame is given up. */
    @Test
    void noBandStartsAfterOneFailed() {
        AtomicIntegerArray started = new AtomicIntegerArray(1);
        assertThatThrownBy(() -> FrameBands.run(1000, 1000, (top, bottom) -> {
            started.incrementAndGet(0);
            throw new IllegalStateException("band at " + top);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(started.get(0)).as("bands started").isLessThanOrEqualTo(FrameBands.THREADS);
    }
}
