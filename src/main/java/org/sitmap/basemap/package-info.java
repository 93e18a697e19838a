/**
 * The bundled offline base map: countries, admin-1 regions and populated places read from the Natural Earth and
 * GeoNames extracts packed in the application, their shared borders drawn once, and the offline place-name search.
 */
package org.sitmap.basemap;
