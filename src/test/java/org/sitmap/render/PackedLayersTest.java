package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.render.raster.IntRaster;

/**
 * Layers kept packed ({@link PackedLayers}): found again only for the very annotations they show at their scale,
 * unpacked to the pixels handed over, the least recently used dropped past the budget.
 */
class PackedLayersTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static List<Annotation> markers(int n, double lon) {
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Annotation.builder(AnnotationKind.MARKER, GF.createPoint(new Coordinate(lon + i * 0.01, 50)))
                    .build());
        }
        return out;
    }

    /** A 200 x 100 layer of noise (LZ4 cannot shrink it), seeded. */
    private static BufferedImage noise(long seed) {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB_PRE);
        java.util.Random r = new java.util.Random(seed);
        int[] px = IntRaster.of(img).pixels();
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextInt();
        }
        return img;
    }

    private static int[] unpacked(PackedLayers.Layer layer) {
        int[] px = new int[200 * 100];
        layer.pixels().unpackInto(px);
        return px;
    }

    @Test
    void aLayerIsFoundOnlyForTheSameAnnotationsAtItsScale() throws InterruptedException {
        PackedLayers kept = new PackedLayers(1L << 20);
        List<Annotation> day = markers(5, 30);
        BufferedImage img = noise(1);
        int[] expected = IntRaster.of(img).pixels().clone();
        kept.keep("scale A", 10, 20, day, img);
        kept.awaitPacked();

        PackedLayers.Layer found = kept.find("scale A", new ArrayList<>(day));
        assertThat(found).isNotNull();
        assertThat(unpacked(found)).isEqualTo(expected);
        assertThat(found.centerX()).isEqualTo(10);
        assertThat(found.centerY()).isEqualTo(20);
        assertThat(found.drawn()).containsExactlyElementsOf(day);
        assertThat(kept.find("scale B", day)).as("another scale").isNull();
        List<Annotation> reordered = new ArrayList<>(day);
        java.util.Collections.swap(reordered, 0, 1);
        assertThat(kept.find("scale A", reordered)).as("another order stacks otherwise").isNull();
        List<Annotation> equalValues = new ArrayList<>();
        day.forEach(a -> equalValues.add(a.toBuilder().build()));
        assertThat(kept.find("scale A", equalValues)).as("equal values, other identities").isNull();
        assertThat(kept.spare(200, 100)).as("the image handed over, packed").isSameAs(img);
        assertThat(kept.spare(200, 100)).as("once").isNull();
    }

    @Test
    void pastTheBudgetTheLeastRecentlyUsedGoesAndAnotherScaleReplacesAll() throws InterruptedException {
        // Noise packs to about its size: 80,000 bytes a layer; room for two.
        PackedLayers kept = new PackedLayers(2 * 81_000);
        List<Annotation> a = markers(3, 30);
        List<Annotation> b = markers(3, 31);
        List<Annotation> c = markers(3, 32);
        kept.keep("s", 0, 0, a, noise(1));
        kept.keep("s", 0, 0, b, noise(2));
        kept.awaitPacked();
        assertThat(kept.find("s", a)).as("a used: b is now the least recently used").isNotNull();
        kept.keep("s", 0, 0, c, noise(3));
        kept.awaitPacked();
        assertThat(kept.find("s", b)).isNull();
        assertThat(kept.find("s", a)).isNotNull();
        assertThat(kept.find("s", c)).isNotNull();

        kept.keep("t", 0, 0, a, noise(4));
        kept.awaitPacked();
        assertThat(kept.find("s", c)).isNull();
        assertThat(kept.find("t", a)).isNotNull();
        assertThat(kept.size()[0]).isEqualTo(1);
    }

    @Test
    void aLayerHandedOverBeforeAClearIsNotKept() throws InterruptedException {
        PackedLayers kept = new PackedLayers(1L << 20);
        List<Annotation> day = markers(3, 30);
        // Enough layers queued that the clear comes while some are still waiting to be packed.
        for (int i = 0; i < 20; i++) {
            kept.keep("s", i, 0, day, noise(i));
        }
        kept.clear();
        kept.awaitPacked();
        assertThat(kept.find("s", day)).isNull();
        assertThat(kept.size()[0]).isZero();
    }
}
