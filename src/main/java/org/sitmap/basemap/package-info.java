/** The bundled offline base map (countries, regions, places) and how it is styled. */
package org.sitmap.basemap;
