package org.sitmap.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** GeoJSON layers (plain or gzip) through {@link GeoJsonLoader} with its default settings. Stateless. */
public final class GeoJsonLayerReader implements LayerReader {
    @Override
    public String name() {
        return "GeoJSON";
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson.gz", "geojson", "json", "gz");
    }

    @Override
    public LoadResult read(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException {
        return new GeoJsonLoader().load(file, progress, cancelled);
    }

    /** Passes over the features' properties. */
    @Override
    public LoadResult readShapes(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException {
        return new GeoJsonLoader().keepProperties(false).load(file, progress, cancelled);
    }

    /** Streams the file: one feature in memory at a time. */
    @Override
    public LoadResult summarise(Path file) throws GeoJsonException, IOException {
        return new GeoJsonLoader().scan(file, (index, feature) -> { });
    }
}
