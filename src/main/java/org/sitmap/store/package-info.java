/**
 * The briefing file: one SQLite database that is also a GeoPackage, its versioned schema migrations and one DAO per
 * table. Entry point: {@link org.sitmap.store.BriefingFile}.
 */
package org.sitmap.store;
