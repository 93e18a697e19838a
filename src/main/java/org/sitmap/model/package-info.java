/** The situation's data: features, layers, styles; plain Java and JTS, no UI, no SQL. */
package org.sitmap.model;
