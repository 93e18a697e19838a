package org.sitmap.ui.tools;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import javafx.scene.Cursor;
import org.sitmap.model.MapFeature;
import org.sitmap.render.Viewport;

/** What a tool may use of the map it is active on. Implemented by the map view. FX thread only. */
public interface ToolHost {
    Viewport viewport();

    BriefingEdits briefing();

    /** Asks for the overlay (previews, handles) to be painted again. */
    void repaintOverlay();

    void setToolCursor(Cursor cursor);

    /** Id of the visible annotation a click on the pixel picks (see {@link #annotationsAt}), or null. */
    default String annotationAt(double sx, double sy) {
        List<String> stack = annotationsAt(sx, sy);
        return stack.isEmpty() ? null : stack.get(0);
    }

    /**
     * Ids of the visible annotations under the pixel in the order clicks pick them: points and lines first, then
     * areas from the smallest; what repeated clicks on one spot cycle through.
     */
    List<String> annotationsAt(double sx, double sy);

    /** Ids of the visible annotations a rubber band (in pixels) touches or contains, in drawing order. */
    List<String> annotationsIn(Rectangle2D band);

    /**
     * Where the last frame drew each annotation's main label (pixels), by annotation id: what a drag grabs to
     * pin a label. Empty when the map draws no labels.
     */
    default Map<String, Rectangle2D> labelBoxes() {
        return Map.of();
    }

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
