/**
 * Map exports: page layout (title block, legend, scale bar, north arrow, locator inset, attribution) composed
 * around the shared {@link org.sitmap.render.MapRenderer}, and the registered writers ({@link
 * org.sitmap.export.MapExporters}): PNG and PDF pages, and day-by-day series as an animated GIF or a folder of PNGs.
 */
package org.sitmap.export;
