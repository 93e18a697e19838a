package org.sitmap.render.raster;

/** Where built outlines go: a Java2D path, or {@link PixelPaths} for the rasterisers that write pixels. */
public interface PathSink {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();
}
