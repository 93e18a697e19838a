package org.sitmap.render;

import java.util.Objects;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.model.MapLayer;

/** A layer together with its drawing index; what the renderer is handed. Immutable pair, thread-safe. */
public record RenderLayer(MapLayer layer, FeatureIndex index) {
    public RenderLayer {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(index, "index");
        if (layer.features().size() != index.size()) {
            throw new IllegalArgumentException("Index of " + index.size() + " features does not match layer "
                    + layer.name() + " of " + layer.features().size());
        }
    }
}
