/**
 * Map exports: page layout (title block, legend, scale bar, north arrow, locator inset, attribution) composed
 * around the shared {@link org.sitmap.render.MapRenderer}, and the PNG and PDF writers.
 */
package org.sitmap.export;
