package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Parallel hatch lines clipped to a shape, drawn as real vector lines: a {@code TexturePaint} would be rasterised
 * by PDF and SVG writers and blur in print. The lines pass through an anchor point (the screen position of a fixed
 * map point) so the hatching stays glued to the map while panning instead of swimming.
 *
 * <p>Stateless, thread-safe; draws with the caller's colour and stroke.
 */
final class Hatching {
    private Hatching() {
    }

    /**
     * Draws lines at {@code angleDegrees} (screen angle, 45 = rising to the right) every {@code spacing} pixels,
     * through (anchorX, anchorY), inside {@code shape} and within {@code limit}.
     */
    static void draw(Graphics2D g, Shape shape, Rectangle2D limit, double angleDegrees, double spacing,
            double anchorX, double anchorY) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("Hatch spacing must be positive: " + spacing);
        }
        Rectangle2D area = shape.getBounds2D().createIntersection(limit);
        if (area.isEmpty()) {
            return;
        }
        double a = Math.toRadians(angleDegrees);
        // Direction along the lines (screen y grows down, so "rising" is negative y) and the normal across them.
        double dx = Math.cos(a);
        double dy = -Math.sin(a);
        double nx = -dy;
        double ny = dx;
        // Project the area's corners on the normal to find which lines cross it.
        double[] cx = {area.getMinX(), area.getMaxX(), area.getMinX(), area.getMaxX()};
        double[] cy = {area.getMinY(), area.getMinY(), area.getMaxY(), area.getMaxY()};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double along0 = Double.POSITIVE_INFINITY;
        double along1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double across = (cx[i] - anchorX) * nx + (cy[i] - anchorY) * ny;
            double along = (cx[i] - anchorX) * dx + (cy[i] - anchorY) * dy;
            lo = Math.min(lo, across);
            hi = Math.max(hi, across);
            along0 = Math.min(along0, along);
            along1 = Math.max(along1, along);
        }
        Path2D.Double lines = new Path2D.Double();
        for (double k = Math.ceil(lo / spacing); k * spacing <= hi; k++) {
            double ox = anchorX + k * spacing * nx;
            double oy = anchorY + k * spacing * ny;
            lines.moveTo(ox + along0 * dx, oy + along0 * dy);
            lines.lineTo(ox + along1 * dx, oy + along1 * dy);
        }
        Shape savedClip = g.getClip();
        g.clip(shape);
        g.draw(lines);
        g.setClip(savedClip);
    }
}
