/** Painting maps onto any Java2D surface: viewport, renderer, labels; shared by the screen and exports. */
package org.sitmap.render;
