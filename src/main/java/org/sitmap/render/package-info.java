/**
 * Painting maps onto any Java2D surface, shared by the screen and exports: the {@link org.sitmap.render.Viewport};
 * {@link org.sitmap.render.MapRenderer} and the rooms of a frame (layer builder, layer painter, strip scheduler,
 * base-map labeller); the {@link org.sitmap.render.DrawSurface} a frame draws on (Java2D, or direct pixels through
 * {@code render.raster}); the caches a renderer owns ({@link org.sitmap.render.RenderCaches}); annotation painting,
 * hit testing, label placement and text with halos.
 */
package org.sitmap.render;
