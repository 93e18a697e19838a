/** Map tools: the different ways the mouse and keyboard act on the map (select and edit, draw each kind, pan). */
package org.sitmap.ui.tools;
