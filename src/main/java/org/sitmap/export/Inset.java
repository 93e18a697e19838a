package org.sitmap.export;

import org.locationtech.jts.geom.Envelope;

/** Chooses the area a locator inset shows around an export's extent. Stateless. */
final class Inset {
    /** Insets wider than this show the whole map anyway: no inset for extents this wide. */
    static final double MAX_EXTENT_DEGREES = 100;

    private Inset() {
    }

    /**
     * The lon/lat region of the locator: centred on the extent, four times its size and at least 36 x 18
     * degrees, so a theatre map shows its part of Europe and a town map its country. Null when the extent is
     * already continental.
     */
    static Envelope regionFor(Envelope extent) {
        if (extent.getWidth() > MAX_EXTENT_DEGREES || extent.getHeight() > MAX_EXTENT_DEGREES / 2) {
            return null;
        }
        double w = Math.max(36, extent.getWidth() * 4);
        double h = Math.max(18, extent.getHeight() * 4);
        double cx = extent.centre().x;
        double cy = extent.centre().y;
        double minY = Math.max(-80, cy - h / 2);
        double maxY = Math.min(80, cy + h / 2);
        double minX = Math.max(-180, cx - w / 2);
        double maxX = Math.min(180, cx + w / 2);
        return new Envelope(minX, maxX, minY, maxY);
    }
}
