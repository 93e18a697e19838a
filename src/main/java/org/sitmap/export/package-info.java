/**
 * Finished maps as files: the page layout (title block, notes, legend, scale bar, north arrow, locator inset,
 * attribution) composed around the renderer, and the PNG, vector PDF and animated GIF series writers, each writing
 * its file whole or not at all.
 */
package org.sitmap.export;
