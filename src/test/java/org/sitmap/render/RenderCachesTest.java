package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Caches a renderer keeps between frames: bounded, owned by the renderer, cleared with it. */
class RenderCachesTest {

    @Test
    void cacheKeepsAtMostItsCapacityAndForgetsTheLeastRecentlyUsed() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(3);
        for (int k = 0; k < 3; k++) {
            cache.get(k, String::valueOf);
        }
        cache.get(0, k -> "again");
        cache.get(7, String::valueOf);
        assertThat(cache.size()).isEqualTo(3);
        // 1 was used least recently; 0 was asked for again, so it stays with its first value.
        assertThat(cache.peek(1)).isNull();
        assertThat(cache.peek(0)).isEqualTo("0");
        for (int k = 100; k < 1000; k++) {
            cache.get(k, String::valueOf);
        }
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void cacheOfNoCapacityComputesEveryTime() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(0);
        AtomicInteger computed = new AtomicInteger();
        cache.get("a", k -> computed.incrementAndGet());
        cache.get("a", k -> computed.incrementAndGet());
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new BoundedCache<>(-1)).hasMessageContaining("capacity");
    }

    @Test
    void painterCachesLiveInTheFramesRendererAndNowhereElse() {
        RenderCaches mine = new RenderCaches();
        RenderCaches other = new RenderCaches();
        try (RenderCaches.Scope scope = mine.enter()) {
            TextPainter.bounds("Kursk", Fonts.bold(12));
            try (RenderCaches.Scope inner = other.enter()) {
                TextPainter.bounds("Sumy", Fonts.regular(11));
            }
            // Back in the outer frame once the inner one closed.
            TextPainter.bounds("Belgorod", Fonts.bold(12));
        }
        // Outside any frame nothing is kept anywhere.
        TextPainter.bounds("Oboyan", Fonts.italic(9));
        assertThat(mine.outlines.size()).isEqualTo(2);
        assertThat(mine.fonts.size()).isEqualTo(1);
        assertThat(other.outlines.size()).isEqualTo(1);
        assertThat(RenderCaches.current().size()).isZero();
        mine.clear();
        assertThat(mine.size()).isZero();
        assertThat(other.size()).isPositive();
    }

    @Test
    void namedCachesAreSharedByNameAndClearedWithTheRest() {
        RenderCaches caches = new RenderCaches();
        BoundedCache<String, String> arrows = caches.named("dashed arrows", 2);
        arrows.get("a", k -> "A");
        assertThat(caches.<String, String>named("dashed arrows", 2).peek("a")).isEqualTo("A");
        for (String k : List.of("b", "c", "d")) {
            arrows.get(k, String::toUpperCase);
        }
        assertThat(arrows.size()).isEqualTo(2);
        caches.clear();
        assertThat(arrows.size()).isZero();
    }

    @Test
    void aFrameFillsItsRenderersCachesAndClearingEmptiesThem() {
        MapRenderer renderer = MapRenderer.forScreen();
        Viewport v = KurskFrames.theatre();
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.paint(img, v, KurskFrames.layers(), KurskFrames.annotations(), RenderOptions.screen(),
                () -> false);
        RenderCaches caches = renderer.caches();
        assertThat(caches.textSprites.size()).as("label sprites").isPositive();
        assertThat(caches.places.size()).as("place lists").isEqualTo(1);
        assertThat(caches.fonts.size()).as("fonts").isPositive();
        assertThat(caches.textSprites.size()).isLessThanOrEqualTo(caches.textSprites.capacity());
        renderer.clearCaches();
        assertThat(caches.size()).isZero();
        // A frame painted after clearing looks the same as before.
        BufferedImage again = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.paint(again, v, KurskFrames.layers(), KurskFrames.annotations(), RenderOptions.screen(),
                () -> false);
        assertThat(FastPathTest.Pixels.compare(img, again, 0).changed()).isZero();
    }
}
