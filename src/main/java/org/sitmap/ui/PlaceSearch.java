package org.sitmap.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.PlaceIndex;
import org.sitmap.render.Viewport;

/**
 * What the place search field does, without the field: builds the {@link PlaceIndex} from the base map's places
 * and regions on a background thread once the base map has loaded, answers queries, and moves the map to a place
 * (a town at about 1:250,000 around it, a region to its extent), saying in the status bar what was found.
 * FX thread only, except the index build.
 */
public final class PlaceSearch {
    /** The scale a town is shown at: its streets' pattern and the villages around it. */
    static final double TOWN_SCALE = 250_000;

    private static final System.Logger LOG = System.getLogger(PlaceSearch.class.getName());
    private final MainViewModel model;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private PlaceIndex index;
    private boolean building;

    public PlaceSearch(MainViewModel model) {
        this.model = model;
        model.layers().addListener((ListChangeListener<LayerItem>) c -> buildWhenLoaded());
        buildWhenLoaded();
    }

    /** True once the index is built (the base map has loaded). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    private void buildWhenLoaded() {
        LayerItem places = model.layer("base-places");
        LayerItem regions = model.layer("base-admin1");
        if (index != null || building || places == null || regions == null) {
            return;
        }
        building = true;
        Thread t = new Thread(() -> {
            try {
                PlaceIndex built = PlaceIndex.build(places.layer().features(), regions.layer().features());
                Platform.runLater(() -> {
                    index = built;
                    ready.set(true);
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Building the place index failed", e);
                Platform.runLater(() -> model.statusTextProperty().set("Place search is unavailable: " + e));
            }
        }, "sitmap-place-index");
        t.setDaemon(true);
        t.start();
    }

    /** The best matches, best first; none until the index is built. */
    public List<PlaceIndex.Place> search(String typed, int limit) {
        return index == null ? List.of() : index.search(typed, limit);
    }

    /** Moves the map to a place and says so in the status bar. */
    public void go(PlaceIndex.Place place) {
        Viewport v = model.viewport();
        if (place.kind() == PlaceIndex.Kind.TOWN) {
            double[] xy = new double[2];
            v.projection().forward(place.at().x, place.at().y, xy);
            double resolution = TOWN_SCALE * Viewport.STANDARD_PIXEL_METRES
                    * v.projection().scaleFactor(place.at().x, place.at().y);
            model.viewportProperty().set(new Viewport(v.projection(), xy[0], xy[1], resolution, v.width(),
                    v.height()));
        } else {
            Envelope e = new Envelope(place.extent());
            e.expandBy(e.getWidth() * 0.05, e.getHeight() * 0.05);
            model.zoomToLonLat(e);
        }
        model.statusTextProperty().set(String.format(Locale.ROOT, "Found %s (%s) at %s", place.name(),
                place.detail(), MainViewModel.formatLonLat(place.at().x, place.at().y)));
    }

    /** Says that nothing matched, or that the names are not loaded yet. */
    public void nothingFound(String typed) {
        model.statusTextProperty().set(index == null ? "Place names are still loading; try again in a moment"
                : "No town or region called \u201c" + typed.strip() + "\u201d in the base map");
    }
}
