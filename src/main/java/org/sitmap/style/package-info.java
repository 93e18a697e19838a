/**
 * Style sheets: the colours, widths, dashes, hatches, fonts and halos every painter draws with, read from a JSON
 * resource ({@code classic.json} and others listed in {@link org.sitmap.style.StyleSheets}) so that a new look is data, not code. Holds no AWT or JavaFX
 * types: colours are {@link org.sitmap.style.StyleColour} values that the painters convert.
 */
package org.sitmap.style;
