package org.sitmap.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.MapFeature;

/**
 * What {@link GeoJsonLoader} read from one file. Immutable (the lists and map are unmodifiable).
 *
 * @param sourceName the file name used in messages
 * @param features the features that could be read, in file order (never empty, except after
 *     {@link GeoJsonLoader#scan}, which hands them on instead of keeping them)
 * @param issues problems that skipped or repaired features, in file order
 * @param geometryTypeCounts number of loaded features per JTS geometry type name, sorted by name
 * @param bounds envelope of all loaded geometries (lon/lat)
 * @param coordinateCount positions read from the file (including those of skipped features)
 * @param byteCount bytes read from the file as stored (compressed size for gzip)
 * @param featureCount how many features could be read (the size of {@code features} unless they were scanned)
 */
public record LoadResult(
        String sourceName,
        List<MapFeature> features,
        List<LoadIssue> issues,
        Map<String, Integer> geometryTypeCounts,
        Envelope bounds,
        long coordinateCount,
        long byteCount,
        int featureCount) {

    /** A result that keeps its features. */
    public LoadResult(String sourceName, List<MapFeature> features, List<LoadIssue> issues,
            Map<String, Integer> geometryTypeCounts, Envelope bounds, long coordinateCount, long byteCount) {
        this(sourceName, features, issues, geometryTypeCounts, bounds, coordinateCount, byteCount, features.size());
    }
}
