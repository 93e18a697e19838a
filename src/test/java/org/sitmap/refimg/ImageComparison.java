package org.sitmap.refimg;

import java.awt.image.BufferedImage;

/**
 * Pixel-by-pixel comparison of two images with a per-channel tolerance, as GeoTools' {@code ImageAssert} does: a
 * pixel differs when any of its red, green or blue channels differs by more than the tolerance. Also builds a diff
 * image (differing pixels in magenta over a faded copy of the expected image) to look at when a case fails.
 */
record ImageComparison(int differing, long total, double meanDifference, BufferedImage diff) {

    static ImageComparison of(BufferedImage expected, BufferedImage actual, int tolerance) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new AssertionError("image size " + actual.getWidth() + "x" + actual.getHeight()
                    + " differs from the expected " + expected.getWidth() + "x" + expected.getHeight());
        }
        int w = expected.getWidth();
        int h = expected.getHeight();
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                int d = Math.max(channelDifference(e, a, 16),
                        Math.max(channelDifference(e, a, 8), channelDifference(e, a, 0)));
                sum += channelDifference(e, a, 16) + channelDifference(e, a, 8) + channelDifference(e, a, 0);
                if (d > tolerance) {
                    differing++;
                    diff.setRGB(x, y, 0xFF00FF);
                } else {
                    diff.setRGB(x, y, faded(e));
                }
            }
        }
        long total = (long) w * h;
        return new ImageComparison(differing, total, sum / (3.0 * total), diff);
    }

    double differingShare() {
        return total == 0 ? 0 : (double) differing / total;
    }

    private static int channelDifference(int a, int b, int shift) {
        return Math.abs(((a >> shift) & 255) - ((b >> shift) & 255));
    }

    /** The expected pixel pale, so the magenta differences stand out and the map still shows where they are. */
    private static int faded(int rgb) {
        int r = 192 + ((rgb >> 16) & 255) / 4;
        int g = 192 + ((rgb >> 8) & 255) / 4;
        int b = 192 + (rgb & 255) / 4;
        return (r << 16) | (g << 8) | b;
    }
}
