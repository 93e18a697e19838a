package org.sitmap.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.render.raster.PathSink;

/**
 * Turns projected JTS geometries into Java2D paths in pixels for one viewport, dropping vertices that fall within
 * a fraction of a pixel of the previous one (on a zoomed-out world most of them do).
 *
 * <p>Does the job of JTS's {@code ShapeWriter} but appends many geometries into one reusable {@link Path2D}, so a
 * layer with one style becomes a single fill and a single draw call instead of thousands.
 *
 * <p>Not thread-safe: one per render.
 */
final class ShapeBuilder {
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final double minStep;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    /**
     * @param viewport the view to transform into
     * @param minStep  vertices closer than this many pixels (in x and in y) to the last kept one are dropped
     * @param margin   pixels around the view kept exactly (wider than any stroke or symbol drawn)
     */
    ShapeBuilder(Viewport viewport, double minStep, double margin) {
        this.scale = 1.0 / viewport.resolution();
        this.offsetX = viewport.width() / 2.0 - viewport.centerX() * scale;
        this.offsetY = viewport.height() / 2.0 + viewport.centerY() * scale;
        this.minStep = minStep;
        this.minX = -margin;
        this.minY = -margin;
        this.maxX = viewport.width() + margin;
        this.maxY = viewport.height() + margin;
    }

    double x(double worldX) {
        return worldX * scale + offsetX;
    }

    double y(double worldY) {
        return offsetY - worldY * scale;
    }

    /**
     * Appends the lines and polygon rings of {@code g} (points are ignored) to {@code path}; returns how many
     * vertices it added.
     */
    int append(Geometry g, Path2D path) {
        return append(g, new PathSink() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void closePath() {
                path.closePath();
            }
        });
    }

    /** As {@link #append(Geometry, Path2D)}, into any sink. */
    int append(Geometry g, PathSink path) {
        int added = 0;
        if ((g instanceof Polygon || g instanceof LineString) && outside(g)) {
            // A part wholly off the view (one of Russia's Arctic islands on a theatre map) adds nothing to the
            // fill or the strokes; skipping it spares walking its vertices.
            return 0;
        }
        if (g instanceof Polygon p) {
            added += appendRing(p.getExteriorRing().getCoordinateSequence(), path, true);
            for (int r = 0; r < p.getNumInteriorRing(); r++) {
                added += appendRing(p.getInteriorRingN(r).getCoordinateSequence(), path, true);
            }
        } else if (g instanceof LineString l) {
            added += appendRing(l.getCoordinateSequence(), path, false);
        } else if (g instanceof GeometryCollection gc) {
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                added += append(gc.getGeometryN(i), path);
            }
        } else if (!(g instanceof Point)) {
            throw new IllegalArgumentException("Unsupported geometry type: " + g.getGeometryType());
        }
        return added;
    }

    private int appendRing(CoordinateSequence seq, PathSink path, boolean closed) {
        int n = seq.size();
        if (n == 0) {
            return 0;
        }
        double lastX = x(seq.getX(0));
        double lastY = y(seq.getY(0));
        path.moveTo(lastX, lastY);
        int kept = 1;
        // Off-screen runs: consecutive vertices that all lie beyond the same edge of the (margin-expanded) view
        // are replaced by the run's first and last vertex. The dropped stretch and its shortcut lie in the same
        // half-plane outside the view, so neither the fill nor any visible stroke changes; for a country the size
        // of Russia that removes most of its vertices when the view shows a corner of it.
        int runCode = outcode(lastX, lastY);
        boolean pending = false;
        double pendingX = 0;
        double pendingY = 0;
        for (int i = 1; i < n; i++) {
            double px = x(seq.getX(i));
            double py = y(seq.getY(i));
            int code = outcode(px, py);
            boolean last = i == n - 1;
            if (!last && (runCode & code) != 0) {
                runCode &= code;
                pending = true;
                pendingX = px;
                pendingY = py;
                continue;
            }
            if (pending) {
                path.lineTo(pendingX, pendingY);
                lastX = pendingX;
                lastY = pendingY;
                kept++;
                pending = false;
            }
            runCode = code;
            if (last || Math.abs(px - lastX) >= minStep || Math.abs(py - lastY) >= minStep) {
                path.lineTo(px, py);
                lastX = px;
                lastY = py;
                kept++;
            }
        }
        if (closed) {
            path.closePath();
        } else if (kept == 1) {
            // A line shorter than the step still deserves a dot.
            path.lineTo(lastX + 0.01, lastY);
        }
        return kept;
    }

    /** Whether the geometry's envelope lies wholly beyond the margin-expanded view. */
    private boolean outside(Geometry g) {
        org.locationtech.jts.geom.Envelope e = g.getEnvelopeInternal();
        return x(e.getMaxX()) < minX || x(e.getMinX()) > maxX || y(e.getMinY()) < minY || y(e.getMaxY()) > maxY;
    }

    /** Cohen-Sutherland outcode of a pixel position against the view expanded by the margin. */
    private int outcode(double px, double py) {
        int code = 0;
        if (px < minX) {
            code |= 1;
        } else if (px > maxX) {
            code |= 2;
        }
        if (py < minY) {
            code |= 4;
        } else if (py > maxY) {
            code |= 8;
        }
        return code;
    }
}
