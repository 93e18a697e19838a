package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.Annotation;
import org.sitmap.model.PlaceNames;

/**
 * Frames painted ahead (the timeline's other days) are shown for the very frame they were painted for and for no
 * other: another view, a base layer switched off, other options or an annotation edited since (an equal value is
 * still another annotation) get none, so the window paints those afresh. They are kept packed within a budget,
 * nearest days first, and days showing the same annotations share one frame.
 */
class PreparedFramesTest {
    private static final long ROOMY = 256L << 20;
    private final List<RenderLayer> layers = KurskFrames.layers();
    private final Viewport view = KurskFrames.kursk();
    private final List<Annotation> shown = KurskFrames.annotations();
    private final RenderOptions options = RenderOptions.screen();

    private PreparedFrames.Request request(Viewport v, List<Annotation> annotations, RenderOptions o) {
        return new PreparedFrames.Request(v, layers, annotations, o);
    }

    private PreparedFrames.Request request(List<Annotation> annotations) {
        return request(view, annotations, options);
    }

    private boolean prepare(PreparedFrames kept, MapRenderer renderer, List<Annotation> annotations, long day) {
        return kept.prepare(renderer, request(annotations), day, Math::abs, () -> false);
    }

    /** Frames kept within room for two frames of about the size of this view's, not three. */
    private PreparedFrames roomForTwoFrames() {
        PreparedFrames probe = new PreparedFrames(ROOMY);
        prepare(probe, MapRenderer.forScreen(), shown, 0);
        return new PreparedFrames(probe.bytes() * 5 / 2);
    }

    private BufferedImage fresh(List<Annotation> annotations) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        MapRenderer.forScreen().paint(img, view, layers, annotations, options, () -> false);
        return img;
    }

    @Test
    void aKeptFrameIsShownForTheSameRequestAsOftenAsAskedAndLooksAsIfPaintedThen() {
        PreparedFrames kept = new PreparedFrames(ROOMY);
        assertThat(prepare(kept, MapRenderer.forScreen(), shown, 3)).isTrue();
        assertThat(kept.readyFor(3, request(new ArrayList<>(shown)))).isTrue();

        PreparedFrames.Frame frame = kept.take(3, request(new ArrayList<>(shown)));
        assertThat(frame).isNotNull();
        assertThat(FastPathTest.Pixels.compare(frame.image(), fresh(shown), 0).changed()).isZero();
        BufferedImage again = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        RenderStats fresh = MapRenderer.forScreen().paint(again, view, layers, shown, options, () -> false);
        assertThat(frame.stats().annotationLabels()).isEqualTo(fresh.annotationLabels()).isNotEmpty();
        assertThat(kept.take(3, request(shown))).as("kept for a step back to it").isNotNull();
        assertThat(kept.take(4, request(shown))).as("another day").isNull();
        assertThat(kept.bytes()).as("packed").isPositive().isLessThan(view.width() * view.height() * 4L / 2);
    }

    @Test
    void anyOtherFrameGetsNone() {
        PreparedFrames kept = new PreparedFrames(ROOMY);
        prepare(kept, MapRenderer.forScreen(), shown, 0);

        assertThat(kept.take(0, request(view.pannedBy(1, 0), shown, options))).as("panned a pixel").isNull();
        assertThat(kept.take(0, request(view, shown, options.withPlaceNames(PlaceNames.LOCAL)))).as("other names")
                .isNull();
        List<Annotation> edited = new ArrayList<>(shown);
        edited.set(0, shown.get(0).withGeometry(shown.get(0).geometry().copy()));
        assertThat(kept.take(0, request(edited))).as("an annotation edited in").isNull();
        assertThat(kept.take(0, request(shown.subList(1, shown.size())))).as("one fewer").isNull();
        RenderLayer first = layers.get(0);
        boolean visible = first.layer().visible();
        first.layer().setVisible(!visible);
        try {
            assertThat(kept.take(0, request(shown))).as("a base layer toggled").isNull();
        } finally {
            first.layer().setVisible(visible);
        }
        assertThat(kept.take(0, request(shown))).as("the very frame").isNotNull();
    }

    @Test
    void aCancelledFrameIsNotKept() {
        PreparedFrames kept = new PreparedFrames(ROOMY);
        assertThat(kept.prepare(MapRenderer.forScreen(), request(shown), 0, Math::abs, () -> true)).isFalse();
        assertThat(kept.size()).isZero();
        assertThat(kept.take(0, request(shown))).isNull();
    }

    @Test
    void daysShowingTheSameAnnotationsShareOneFrame() {
        PreparedFrames kept = new PreparedFrames(ROOMY);
        prepare(kept, MapRenderer.forScreen(), shown, 1);
        long one = kept.bytes();
        assertThat(kept.prepare(MapRenderer.forScreen(), request(new ArrayList<>(shown)), 2, Math::abs,
                () -> true)).as("shared, so nothing to paint or cancel").isTrue();
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.bytes()).isEqualTo(one);
        assertThat(kept.take(2, request(shown))).isNotNull();
    }

    @Test
    void pastTheBudgetTheFarthestDaysGoAndAFrameForAnotherViewDropsTheRest() {
        PreparedFrames kept = roomForTwoFrames();
        MapRenderer renderer = MapRenderer.forScreen();
        List<List<Annotation>> days = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            days.add(shown.subList(0, shown.size() - d));
        }
        assertThat(prepare(kept, renderer, days.get(2), -2)).isTrue();
        assertThat(prepare(kept, renderer, days.get(1), 1)).isTrue();
        assertThat(prepare(kept, renderer, days.get(0), 0)).as("nearer: the farthest, -2, goes").isTrue();
        assertThat(kept.holds(-2)).isFalse();
        assertThat(kept.holds(0)).isTrue();
        assertThat(kept.holds(1)).isTrue();
        assertThat(prepare(kept, renderer, days.get(3), 3)).as("farther than every day kept").isFalse();
        assertThat(kept.holds(3)).isFalse();
        assertThat(kept.size()).isEqualTo(2);

        assertThat(kept.prepare(renderer, request(view.pannedBy(5, 0), shown, options), 0, Math::abs,
                () -> false)).isTrue();
        assertThat(kept.size()).as("the frames of the old view go").isEqualTo(1);
        assertThat(kept.take(0, request(view.pannedBy(5, 0), shown, options))).isNotNull();
    }

    @Test
    void withTheBudgetFullADayFartherThanEveryDayKeptIsNotEvenPainted() {
        PreparedFrames kept = roomForTwoFrames();
        MapRenderer renderer = MapRenderer.forScreen();
        prepare(kept, renderer, shown, 0);
        prepare(kept, renderer, shown.subList(1, shown.size()), 1);
        java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
        assertThat(kept.prepare(renderer, request(shown.subList(2, shown.size())), 5, Math::abs, () -> {
            looks.incrementAndGet();
            return false;
        })).isFalse();
        assertThat(looks.get()).as("never painted: it would not be kept").isZero();
        assertThat(kept.holds(5)).isFalse();
        assertThat(kept.size()).isEqualTo(2);
    }

    @Test
    void aFrameTwoDaysShareGoesOnlyWhenItsNearestDayIsTheFarthest() {
        PreparedFrames kept = roomForTwoFrames();
        MapRenderer renderer = MapRenderer.forScreen();
        List<Annotation> quiet = shown.subList(1, shown.size());
        prepare(kept, renderer, shown, 0);
        prepare(kept, renderer, quiet, 2);
        prepare(kept, renderer, new ArrayList<>(quiet), 9);
        assertThat(kept.size()).isEqualTo(3);
        // Day 5 is farther than day 2, whose frame day 9 shares: day 5's frame is the one that goes.
        assertThat(prepare(kept, renderer, shown.subList(2, shown.size()), 5)).isFalse();
        assertThat(kept.holds(9)).as("dropping day 9 alone would free nothing").isTrue();
        assertThat(kept.holds(2)).isTrue();
        assertThat(kept.holds(5)).isFalse();
        // Day 1 is nearer than day 2: the frame of days 2 and 9 goes, both days with it.
        assertThat(prepare(kept, renderer, shown.subList(2, shown.size()), 1)).isTrue();
        assertThat(kept.holds(2)).isFalse();
        assertThat(kept.holds(9)).isFalse();
        assertThat(kept.holds(0)).isTrue();
        assertThat(kept.holds(1)).isTrue();
    }
}
