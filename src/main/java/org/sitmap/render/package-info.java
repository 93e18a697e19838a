/**
 * Painting maps onto Java2D, shared by the screen and every export: the viewport, the renderer of base-map layers
 * and annotations, the annotation painter, labels and their placement, legend entries, hit testing, and a
 * direct-pixel fast path (integer raster, span fill, thin lines, hatching, label canvas) used where it is measured
 * to be faster than Java2D.
 */
package org.sitmap.render;
