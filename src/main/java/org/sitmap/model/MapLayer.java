package org.sitmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A named list of features drawn with one style: a base-map layer (countries, regions, places) or a GeoJSON file
 * the user opened. Visibility and opacity are view settings that may change; the features never do.
 *
 * <p>Not thread-safe for the mutable view settings: change them on one thread (the UI thread) and hand renders
 * a snapshot via {@link #visible()} / {@link #opacity()} read at the start of a frame.
 */
public final class MapLayer {
    private final String id;
    private final String name;
    private final List<MapFeature> features;
    private final LayerStyle style;
    private final String source;
    private volatile boolean visible = true;
    private volatile double opacity = 1.0;

    /**
     * @param id       stable identifier, unique within a map
     * @param name     what the layer panel shows
     * @param features the features, in drawing order
     * @param style    how to draw them
     * @param source   where they came from (file name or "bundled"), shown in tooltips and attributions
     */
    public MapLayer(String id, String name, List<MapFeature> features, LayerStyle style, String source) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        // A shared feature list (the base map's store) is read-only by contract; copying it would read it all.
        this.features = features instanceof SharedFeatures ? features : List.copyOf(features);
        this.style = Objects.requireNonNull(style, "style");
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<MapFeature> features() {
        return features;
    }

    public LayerStyle style() {
        return style;
    }

    public String source() {
        return source;
    }

    public boolean visible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public double opacity() {
        return opacity;
    }

    public void setOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("Opacity must be within 0..1: " + opacity);
        }
        this.opacity = opacity;
    }

    @Override
    public String toString() {
        return name + " (" + features.size() + " features)";
    }
}
