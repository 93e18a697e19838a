/**
 * The situation as data: a briefing and its annotations (kind, side, zone status, confidence, dates of validity,
 * source, typed attributes), its title and situation date, map layers of features with their style, and the listener
 * that hears every change. Plain Java and JTS only: no JavaFX, AWT or SQL.
 */
package org.sitmap.model;
