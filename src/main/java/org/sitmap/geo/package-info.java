/**
 * Geographic data in and out: layer readers found through {@link org.sitmap.geo.LayerReaders} (GeoJSON today,
 * split into input, member, geometry and value readers with shared {@code FeatureRepairs} and typed
 * {@link org.sitmap.geo.LoadIssue}s), the annotation interchange format, projections, geodesic measures, spatial
 * indexing and simplification.
 */
package org.sitmap.geo;
