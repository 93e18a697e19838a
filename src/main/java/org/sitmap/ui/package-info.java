/**
 * The JavaFX window: main window and map view, their view models (the only UI classes that call model, command and
 * store), the briefing session that opens and saves files, panels, property form, timeline, dialogs and settings.
 */
package org.sitmap.ui;
