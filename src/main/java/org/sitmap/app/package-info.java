/**
 * Application services shared by the window and the command line, so the two never disagree: importing
 * annotations with one id-clash policy ({@link org.sitmap.app.ImportPlan}), exporting maps and day-by-day series
 * through the exporter registry ({@link org.sitmap.app.MapExport}), and the area a briefing opens on
 * ({@link org.sitmap.app.DefaultExtent}). No JavaFX.
 */
package org.sitmap.app;
