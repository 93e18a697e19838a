package org.sitmap.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** Pixel counting helpers for export tests. */
final class Pixels {
    private Pixels() {
    }

    /** Share (0..1) of the pixels inside {@code r} that {@code test} accepts (RGB ints). */
    static double share(BufferedImage img, Rectangle2D r, IntPredicate test) {
        int x0 = (int) Math.max(0, Math.ceil(r.getMinX()));
        int y0 = (int) Math.max(0, Math.ceil(r.getMinY()));
        int x1 = (int) Math.min(img.getWidth(), Math.floor(r.getMaxX()));
        int y1 = (int) Math.min(img.getHeight(), Math.floor(r.getMaxY()));
        long hit = 0;
        long all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (test.test(img.getRGB(x, y))) {
                    hit++;
                }
            }
        }
        return all == 0 ? 0 : (double) hit / all;
    }

    /** Number of pixels inside {@code r} within {@code tolerance} (per channel) of {@code colour}. */
    static long count(BufferedImage img, Rectangle2D r, Color colour, int tolerance) {
        double s = share(img, r, rgb -> near(rgb, colour, tolerance));
        return Math.round(s * Math.floor(r.getWidth()) * Math.floor(r.getHeight()));
    }

    static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 255) - c.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 255) - c.getGreen()) <= tolerance
                && Math.abs((rgb & 255) - c.getBlue()) <= tolerance;
    }

    /** Clearly bluer than red: the Ukrainian side's fills and lines. */
    static boolean bluish(int rgb) {
        return (rgb & 255) > ((rgb >> 16) & 255) + 35;
    }

    static boolean dark(int rgb) {
        return ((rgb >> 16) & 255) < 90 && ((rgb >> 8) & 255) < 90 && (rgb & 255) < 90;
    }
}
