package org.sitmap.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Where a label went: its box, and the leader line from its anchor to the box when it sits away from the anchor
 * (null when it sits at one of its own positions).
 */
public record Placement(LabelJob job, Rectangle2D box, Line2D leader) {
    /** Draws the label in its box. */
    public void paint() {
        job.paint(box.getX(), box.getY());
    }
}
