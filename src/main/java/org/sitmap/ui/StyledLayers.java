package org.sitmap.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.model.MapLayer;
import org.sitmap.render.RenderLayer;
import org.sitmap.style.StyleSheet;

/**
 * The map's layers with the base map in a style sheet's looks. Each restyled layer is made once per sheet and kept,
 * so frames get the same layer objects (the renderer reuses its base-map frame while they stay the same); the
 * layer panel's visibility and opacity, set on the original layers, are copied over every frame.
 *
 * <p>Thread-safe: frames are prepared on the render thread.
 */
final class StyledLayers {
    private StyleSheet sheet;
    private Map<RenderLayer, RenderLayer> restyled = new IdentityHashMap<>();

    synchronized List<RenderLayer> of(List<RenderLayer> layers, StyleSheet s) {
        if (s != sheet) {
            sheet = s;
            restyled = new IdentityHashMap<>();
        }
        Map<RenderLayer, RenderLayer> kept = new IdentityHashMap<>();
        List<RenderLayer> out = new ArrayList<>(layers.size());
        for (RenderLayer rl : layers) {
            RenderLayer r = restyled.get(rl);
            if (r == null) {
                MapLayer l = BaseMapStyles.restyle(rl.layer(), s);
                r = l == rl.layer() ? rl : new RenderLayer(l, rl.index());
            }
            if (r != rl) {
                r.layer().setVisible(rl.layer().visible());
                r.layer().setOpacity(rl.layer().opacity());
            }
            kept.put(rl, r);
            out.add(r);
        }
        restyled = kept;
        return out;
    }
}
