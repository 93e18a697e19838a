package org.sitmap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.MapLayer;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.BriefingFileException;

/** Real frames for render tests: the bundled base map and the Kursk briefing's annotations, loaded once. */
final class KurskFrames {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    /** Softly held: the base map is hundreds of megabytes, and later tests in the same JVM need the memory. */
    private static SoftReference<List<RenderLayer>> layers = new SoftReference<>(null);
    private static List<Annotation> annotations;

    private KurskFrames() {
    }

    static synchronized List<RenderLayer> layers() {
        List<RenderLayer> loaded = layers.get();
        if (loaded == null) {
            loaded = new ArrayList<>();
            for (MapLayer l : BaseMap.load(null, () -> false)) {
                loaded.add(new RenderLayer(l, LayerIndex.build(l.features(), MERC)));
            }
            layers = new SoftReference<>(loaded);
        }
        return loaded;
    }

    static synchronized List<Annotation> annotations() {
        if (annotations == null) {
            try (InputStream in = KurskFrames.class.getResourceAsStream(
                    "/org/sitmap/data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg")) {
                Path dir = Files.createTempDirectory("kursk-frames");
                Path copy = dir.resolve("kursk.gpkg");
                Files.copy(in, copy);
                try (BriefingFile f = BriefingFile.openReadOnly(copy)) {
                    annotations = f.briefing().snapshot();
                }
                Files.deleteIfExists(copy);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BriefingFileException e) {
                throw new IllegalStateException("The bundled Kursk briefing cannot be read", e);
            }
        }
        return annotations;
    }

    /** The theatre of the bundled base map. */
    static Viewport theatre() {
        return Viewport.fitting(MERC, MERC.forward(BaseMap.THEATRE), 900, 600);
    }

    /** Zoomed in on the Kursk incursion, where the annotations are. */
    static Viewport kursk() {
        return Viewport.fitting(MERC, MERC.forward(new Envelope(34.2, 36.4, 50.8, 52.0)), 900, 600);
    }
}
