package org.sitmap.ui.tools;

import javafx.scene.Cursor;
import org.sitmap.model.MapFeature;
import org.sitmap.render.Viewport;
import org.sitmap.ui.BriefingViewModel;

/** What a tool may use of the map it is active on. Implemented by the map view. FX thread only. */
public interface ToolHost {
    Viewport viewport();

    BriefingViewModel briefing();

    /** Asks for the overlay (previews, handles) to be painted again. */
    void repaintOverlay();

    void setToolCursor(Cursor cursor);

    /** Id of the topmost visible annotation under the pixel, or null. */
    String annotationAt(double sx, double sy);

    /** The base map's admin-1 region (with its name and ISO 3166-2 code) at lon/lat, or null. */
    MapFeature regionAt(double lon, double lat);

    /** Shows a short hint in the status bar. */
    void hint(String text);

    /**
     * Where a vertex placed at pixel (sx, sy) goes: onto a nearby vertex or border when snapping is on
     * ({@link Snapper}), else the pixel's own lon/lat.
     */
    Snapper.Snap snap(double sx, double sy);
}
