/**
 * Map tools: the ways the mouse and keyboard act on the map (select, move and reshape; draw each kind; circle,
 * declaration over a region, measure, frame), with their overlays and snapping. Tools see the map through
 * {@link org.sitmap.ui.tools.ToolHost} and edit through {@link org.sitmap.ui.tools.BriefingEdits}, never the window
 * package itself.
 */
package org.sitmap.ui.tools;
