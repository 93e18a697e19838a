/** Geographic data in and out: GeoJSON reading, projections, spatial indexing and simplification. */
package org.sitmap.geo;
