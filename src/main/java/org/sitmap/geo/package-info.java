/**
 * Geographic data in and out, without drawing: the GeoJSON annotation interchange format, the streaming GeoJSON
 * loader with its repairs and load issues, projections (Web Mercator), geodesic measures and circles, antimeridian
 * cuts, clipping to a region, polygon validation, and the per-layer spatial index with simplification by zoom.
 */
package org.sitmap.geo;
