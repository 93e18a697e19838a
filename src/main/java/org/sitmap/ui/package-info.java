/** The JavaFX desktop application: main window, map view, panels and dialogs. */
package org.sitmap.ui;
