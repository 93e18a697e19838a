package org.sitmap.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.geo.Projection;

/**
 * What part of the projected plane is shown on a surface of a given pixel size: the centre in map units, the map
 * resolution (map units per pixel) and the projection. Immutable: every change returns a new viewport, so a render
 * running on another thread can never see a half-updated view.
 *
 * <pre>{@code
 * Viewport v = Viewport.fitting(projection, projection.forward(theatreLonLat), 1920, 1080);
 * Point2D p = v.lonLatToScreen(35.27, 51.19);   // Sudzha on screen
 * Viewport zoomed = v.zoomedAt(2.0, p.getX(), p.getY());
 * }</pre>
 */
public final class Viewport {
    /** The OGC standardised rendering pixel (0.28 mm) used to turn resolution into a scale denominator. */
    public static final double STANDARD_PIXEL_METRES = 0.00028;
    /** Finest resolution allowed (map units per pixel): about a street block across a laptop screen. */
    public static final double MIN_RESOLUTION = 0.5;
    /** Coarsest resolution allowed: the whole world a few hundred pixels wide. */
    public static final double MAX_RESOLUTION = 200_000;

    private final Projection projection;
    private final double centerX;
    private final double centerY;
    private final double resolution;
    private final int width;
    private final int height;

    public Viewport(Projection projection, double centerX, double centerY, double resolution, int width, int height) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("Resolution must be positive and finite: " + resolution);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Size must be non-negative: " + width + "x" + height);
        }
        this.projection = projection;
        this.centerX = centerX;
        this.centerY = centerY;
        this.resolution = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, resolution));
        this.width = width;
        this.height = height;
    }

    /** The viewport that shows the whole projected envelope on a surface of this size, centred, with no cropping. */
    public static Viewport fitting(Projection projection, Envelope projected, int width, int height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double res = Math.max(projected.getWidth() / w, projected.getHeight() / h);
        if (!(res > 0)) {
            res = 1000;
        }
        return new Viewport(projection, projected.centre().x, projected.centre().y, res, width, height);
    }

    public Projection projection() {
        return projection;
    }

    public double centerX() {
        return centerX;
    }

    public double centerY() {
        return centerY;
    }

    /** Map units (metres for Mercator) per pixel at the centre. */
    public double resolution() {
        return resolution;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(projection, centerX, centerY, resolution, newWidth, newHeight);
    }

    public Viewport withResolution(double newResolution) {
        return new Viewport(projection, centerX, centerY, newResolution, width, height);
    }

    public Viewport centeredOn(double x, double y) {
        return new Viewport(projection, x, y, resolution, width, height);
    }

    /** Moves the map with the pointer: dragging by (dx, dy) pixels shifts the content by the same amount. */
    public Viewport pannedBy(double dxPixels, double dyPixels) {
        return new Viewport(projection, centerX - dxPixels * resolution, centerY + dyPixels * resolution, resolution,
                width, height);
    }

    /**
     * Zooms by {@code factor} (> 1 zooms in) keeping the map point under screen position (sx, sy) where it is, as
     * a wheel zoom around the cursor should.
     */
    public Viewport zoomedAt(double factor, double sx, double sy) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("Zoom factor must be positive: " + factor);
        }
        double newRes = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, resolution / factor));
        double wx = screenToWorldX(sx);
        double wy = screenToWorldY(sy);
        double cx = wx - (sx - width / 2.0) * newRes;
        double cy = wy + (sy - height / 2.0) * newRes;
        return new Viewport(projection, cx, cy, newRes, width, height);
    }

    public double worldToScreenX(double x) {
        return (x - centerX) / resolution + width / 2.0;
    }

    public double worldToScreenY(double y) {
        return (centerY - y) / resolution + height / 2.0;
    }

    public double screenToWorldX(double sx) {
        return centerX + (sx - width / 2.0) * resolution;
    }

    public double screenToWorldY(double sy) {
        return centerY - (sy - height / 2.0) * resolution;
    }

    /** The affine map from projected map units to pixels (y flipped). */
    public AffineTransform worldToScreen() {
        double s = 1.0 / resolution;
        return new AffineTransform(s, 0, 0, -s, width / 2.0 - centerX * s, height / 2.0 + centerY * s);
    }

    public Point2D lonLatToScreen(double lon, double lat) {
        double[] p = new double[2];
        projection.forward(lon, lat, p);
        return new Point2D.Double(worldToScreenX(p[0]), worldToScreenY(p[1]));
    }

    /** lon, lat degrees of a pixel position. */
    public double[] screenToLonLat(double sx, double sy) {
        double[] out = new double[2];
        projection.inverse(screenToWorldX(sx), screenToWorldY(sy), out);
        return out;
    }

    /** The projected envelope covered by the surface. */
    public Envelope worldEnvelope() {
        double hw = width / 2.0 * resolution;
        double hh = height / 2.0 * resolution;
        return new Envelope(centerX - hw, centerX + hw, centerY - hh, centerY + hh);
    }

    /** The lon/lat envelope covered by the surface (Mercator keeps the corners' lon/lat the extremes). */
    public Envelope lonLatEnvelope() {
        double[] a = screenToLonLat(0, height);
        double[] b = screenToLonLat(width, 0);
        return new Envelope(a[0], b[0], a[1], b[1]);
    }

    /** True ground metres per pixel at the centre, correcting for the projection's scale factor. */
    public double groundResolution() {
        double[] c = new double[2];
        projection.inverse(centerX, centerY, c);
        return resolution / projection.scaleFactor(c[0], c[1]);
    }

    /** The scale denominator (the N of 1:N) at the centre for a standard 0.28 mm pixel. */
    public double scaleDenominator() {
        return groundResolution() / STANDARD_PIXEL_METRES;
    }

    @Override
    public String toString() {
        return String.format("Viewport[%s centre=(%.1f, %.1f) res=%.3f size=%dx%d]", projection.id(), centerX,
                centerY, resolution, width, height);
    }
}
