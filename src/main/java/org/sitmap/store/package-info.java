/**
 * The briefing file: one SQLite database that is also a GeoPackage. {@link org.sitmap.store.BriefingFile} creates,
 * opens (after {@code BriefingInspector} has checked the file), copies and closes it; {@code ChangeWriter} writes
 * each change of the briefing in its transaction; versioned schema migrations, one DAO per table, the GeoPackage
 * geometry encoding and the lock that keeps a second window to reading.
 */
package org.sitmap.store;
