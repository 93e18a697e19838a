package org.sitmap.model;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only feature list that layers share instead of copying, because its features are made when asked for
 * (the base map's store reads them from disk). Implementations never change their size or elements.
 */
public abstract class SharedFeatures extends AbstractList<MapFeature> implements RandomAccess {
}
