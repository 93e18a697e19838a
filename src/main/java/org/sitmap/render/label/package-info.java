/**
 * The label engine shared by annotation and base-map labels: a collision grid of taken boxes, label jobs with
 * their candidate positions (around a point, along a line, inside an area), and the placement that tries each
 * candidate, then a leader line to a free spot nearby, and only then drops a label, lowest priority first. Pure
 * geometry: drawing stays with the caller.
 */
package org.sitmap.render.label;
