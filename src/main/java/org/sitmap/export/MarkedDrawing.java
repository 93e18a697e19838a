package org.sitmap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DDrawControl;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.sitmap.render.DrawingMarks;

/**
 * Writes what the renderer marks ({@link DrawingMarks}) as PDF marked content: every path of a symbol inside
 * {@code /SitmapSymbol ... EMC}, every path of an arrow inside {@code /SitmapArrowHead << /Head [x y x y x y] >>}
 * with its head's corners in page points (y down from the top of the page). Viewers ignore it; a reader of the
 * file, such as the label test, finds the symbols and arrow heads by it.
 *
 * <p>Not thread-safe: one per page being drawn.
 */
final class MarkedDrawing implements IPdfBoxGraphics2DDrawControl {
    static final COSName SYMBOL = COSName.getPDFName("SitmapSymbol");
    static final COSName ARROW_HEAD = COSName.getPDFName("SitmapArrowHead");
    static final COSName HEAD = COSName.getPDFName("Head");

    /** True while a marked path is being drawn, so its own fill is not marked again. */
    private boolean inside;

    @Override
    public Shape transformShapeBeforeFill(Shape shape, IDrawControlEnv env) {
        return marked(shape, env, true);
    }

    @Override
    public Shape transformShapeBeforeDraw(Shape shape, IDrawControlEnv env) {
        return marked(shape, env, false);
    }

    /** Draws the shape inside its marked sequence and returns null (drawn), or returns it to be drawn plainly. */
    private Shape marked(Shape shape, IDrawControlEnv env, boolean fill) {
        PdfBoxGraphics2D g = env.getGraphics();
        Object mark = g.getRenderingHint(DrawingMarks.KEY);
        if (inside || mark == null) {
            return shape;
        }
        inside = true;
        try {
            if (mark instanceof DrawingMarks.ArrowHead head) {
                COSDictionary props = new COSDictionary();
                props.setItem(HEAD, corners(head.head(), g.getTransform()));
                g.drawInMarkedContentSequence(ARROW_HEAD, PDPropertyList.create(props), gg -> paint(gg, shape, fill));
            } else {
                g.drawInMarkedContentSequence(SYMBOL, gg -> paint(gg, shape, fill));
            }
        } finally {
            inside = false;
        }
        return null;
    }

    private static void paint(PdfBoxGraphics2D g, Shape shape, boolean fill) {
        if (fill) {
            g.fill(shape);
        } else {
            g.draw(shape);
        }
    }

    /** The shape's vertices in page points, as x y pairs. */
    private static COSArray corners(Shape head, AffineTransform toPage) {
        COSArray out = new COSArray();
        double[] c = new double[6];
        for (PathIterator it = head.getPathIterator(toPage); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                out.add(new COSFloat((float) c[0]));
                out.add(new COSFloat((float) c[1]));
            }
        }
        return out;
    }

    @Override
    public void afterShapeFill(Shape shape, IDrawControlEnv env) {
        // Nothing after: the marked sequence is closed by the time the plain fill would happen.
    }

    @Override
    public void afterShapeDraw(Shape shape, IDrawControlEnv env) {
        // As for fills.
    }
}
