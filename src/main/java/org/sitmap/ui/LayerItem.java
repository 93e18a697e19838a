package org.sitmap.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.model.MapLayer;
import org.sitmap.render.RenderLayer;

/**
 * A layer as the layer panel sees it: JavaFX properties for visibility and opacity that write through to the
 * model layer the renderer reads. FX thread only.
 */
public final class LayerItem {
    private final RenderLayer renderLayer;
    private final BooleanProperty visible;
    private final DoubleProperty opacity;

    public LayerItem(MapLayer layer, FeatureIndex index) {
        this.renderLayer = new RenderLayer(layer, index);
        this.visible = new SimpleBooleanProperty(this, "visible", layer.visible());
        this.opacity = new SimpleDoubleProperty(this, "opacity", layer.opacity());
        visible.addListener((o, was, is) -> layer.setVisible(is));
        opacity.addListener((o, was, is) -> layer.setOpacity(Math.max(0, Math.min(1, is.doubleValue()))));
    }

    public MapLayer layer() {
        return renderLayer.layer();
    }

    public RenderLayer renderLayer() {
        return renderLayer;
    }

    public String name() {
        return layer().name();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    @Override
    public String toString() {
        return name();
    }
}
