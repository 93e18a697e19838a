package org.sitmap.geo;

/**
 * Lengths on a plane (pixels, projected map units). {@link Math#hypot} guards against overflow and underflow at
 * many times the cost of a square root; a frame's label leaders measured with it spent a fifth of their time there,
 * and no distance drawn on a map comes near either limit. Lengths that place what is drawn along a line (dashes,
 * arrow curves) keep {@code Math.hypot}: its last bit differs, and a dash edge moves by it.
 */
public final class Planar {
    private Planar() {
    }

    /** The length of the vector (dx, dy). */
    public static double length(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }
}
