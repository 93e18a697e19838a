package org.sitmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.LegendEdits;
import org.sitmap.model.MapLayer;
import org.sitmap.model.PlaceNames;
import org.sitmap.render.RenderLayer;

/**
 * What an export draws: the map layers bottom first, the briefing's annotations (all of them; the
 * {@link ExportSpec#situationDate()} filter is applied when composing), the layers of the locator inset, and the
 * credits besides the annotations' own sources. Immutable lists; the layers are shared, not copied.
 *
 * @param layers      map layers with their indexes, bottom first
 * @param annotations the briefing's annotations in drawing order
 * @param insetLayers layers of the locator inset (countries and their borders); empty for no inset
 * @param credits     attribution sentences for the base data and any extra layers
 * @param legend      the briefing's legend edits (renamed, hidden, reordered entries)
 * @param placeNames  the language of the base map's names (the briefing's choice, or the command line's)
 */
public record ExportContent(List<RenderLayer> layers, List<Annotation> annotations, List<RenderLayer> insetLayers,
        List<String> credits, LegendEdits legend, PlaceNames placeNames) {
    private static final Set<String> INSET_LAYER_IDS = Set.of("base-admin0", "base-admin0-borders");

    public ExportContent {
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        annotations = List.copyOf(Objects.requireNonNull(annotations, "annotations"));
        insetLayers = insetLayers == null ? List.of() : List.copyOf(insetLayers);
        credits = credits == null ? List.of() : List.copyOf(credits);
        legend = legend == null ? LegendEdits.NONE : legend;
        placeNames = placeNames == null ? PlaceNames.ENGLISH : placeNames;
    }

    /** Content naming places in English. */
    public ExportContent(List<RenderLayer> layers, List<Annotation> annotations, List<RenderLayer> insetLayers,
            List<String> credits, LegendEdits legend) {
        this(layers, annotations, insetLayers, credits, legend, PlaceNames.ENGLISH);
    }

    /** Content with the legend as generated. */
    public ExportContent(List<RenderLayer> layers, List<Annotation> annotations, List<RenderLayer> insetLayers,
            List<String> credits) {
        this(layers, annotations, insetLayers, credits, LegendEdits.NONE);
    }

    /** The same content with the briefing's legend edits. */
    public ExportContent withLegend(LegendEdits edits) {
        return new ExportContent(layers, annotations, insetLayers, credits, edits, placeNames);
    }

    /** The same content naming places in {@code names}. */
    public ExportContent withPlaceNames(PlaceNames names) {
        return new ExportContent(layers, annotations, insetLayers, credits, legend, names);
    }

    /** The same content drawn from other layers (the same layers restyled). */
    public ExportContent withLayers(List<RenderLayer> mapLayers, List<RenderLayer> inset) {
        return new ExportContent(mapLayers, annotations, inset, credits, legend, placeNames);
    }

    /**
     * Loads the bundled base map and indexes it together with {@code userLayers}, which are drawn over the
     * bundled borders (below the place names). Credits the base map and names the user layers.
     *
     * @param progress receives 0..1, may be null
     */
    public static ExportContent withBaseMap(List<MapLayer> userLayers, List<Annotation> annotations,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        List<BaseMap.Indexed> base = BaseMap.open(x -> p.accept(0.6 * x), cancelled);
        List<RenderLayer> all = new ArrayList<>(base.size() + userLayers.size());
        base.subList(0, base.size() - 1).forEach(b -> all.add(new RenderLayer(b.layer(), b.index())));
        for (int i = 0; i < userLayers.size(); i++) {
            MapLayer layer = userLayers.get(i);
            all.add(new RenderLayer(layer, LayerIndex.build(layer.features(), WebMercator.INSTANCE, cancelled)));
            p.accept(0.6 + 0.4 * (i + 1) / userLayers.size());
        }
        BaseMap.Indexed places = base.get(base.size() - 1);
        all.add(new RenderLayer(places.layer(), places.index()));
        List<RenderLayer> layers = new ArrayList<>();
        List<RenderLayer> inset = new ArrayList<>();
        for (RenderLayer rl : all) {
            layers.add(rl);
            if (INSET_LAYER_IDS.contains(rl.layer().id())) {
                inset.add(rl);
            }
        }
        p.accept(1.0);
        List<String> credits = new ArrayList<>();
        credits.add(BaseMap.ATTRIBUTION);
        if (!userLayers.isEmpty()) {
            credits.add("Additional layers: " + String.join(", ", userLayers.stream().map(MapLayer::name).toList())
                    + ".");
        }
        return new ExportContent(layers, annotations, inset, credits);
    }
}
