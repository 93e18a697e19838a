package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

/**
 * Says what the renderer is drawing, as a rendering hint on the {@link Graphics2D}: a symbol, or an arrow with
 * its head. Raster surfaces ignore it; the PDF exporter writes it as marked content, so a reader (and the label
 * test) can find every symbol and arrow head on the page.
 *
 * <p>Stateless; thread-safe.
 */
public final class DrawingMarks {
    /** The hint: null (plain drawing), {@link #SYMBOL}, or an {@link ArrowHead}. */
    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x5173) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value == null || value == SYMBOL || value instanceof ArrowHead;
        }
    };
    /** A marker symbol (or a ring's centre dot) is being drawn. */
    public static final Object SYMBOL = "Symbol";

    /** An arrow is being drawn; {@code head} is its head, in the surface's user space. */
    public record ArrowHead(Shape head) {
    }

    private DrawingMarks() {
    }

    /** Marks what follows on {@code g} as {@code what} (null: unmarked); returns the mark it replaces. */
    static Object mark(Graphics2D g, Object what) {
        Object before = g.getRenderingHint(KEY);
        g.setRenderingHint(KEY, what);
        return before;
    }
}
