package org.sitmap.cli;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What an exported PDF page shows, read back with PDFBox: the map's text runs (each a label or a line of one)
 * with their boxes from {@link TextPosition}s, and the page furniture's white panels (title, legend, scale bar,
 * inset, attribution band), and the symbols and arrow heads the exporter marks as marked content. Text shown
 * before the first panel is painted is the map's; after it, the furniture's (so are the legend's swatches).
 * Boxes are in points, y down from the top of the page.
 */
final class PdfLabelBoxes {
    /** A text run: consecutive glyphs on one baseline, as one drawString writes them. */
    record Run(String text, Rectangle2D box) {
    }

    final double pageWidth;
    final double pageHeight;
    final List<Run> mapRuns = new ArrayList<>();
    final List<Rectangle2D> panels = new ArrayList<>();
    /** The map's symbols (marked /SitmapSymbol by the exporter): each painted path's box, stroke width included. */
    final List<Rectangle2D> symbols = new ArrayList<>();
    /** The map's arrow heads (marked /SitmapArrowHead, whose /Head gives the triangle's corners). */
    final List<Shape> arrowHeads = new ArrayList<>();

    private PdfLabelBoxes(double w, double h) {
        this.pageWidth = w;
        this.pageHeight = h;
    }

    static PdfLabelBoxes read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            PdfLabelBoxes out = new PdfLabelBoxes(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            PanelFinder panels = new PanelFinder(page, out);
            panels.processPage(page);
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
            int mapGlyphs = panels.glyphsBeforeFirstPanel < 0 ? glyphs.size() : panels.glyphsBeforeFirstPanel;
            out.mapRuns.addAll(runs(glyphs.subList(0, mapGlyphs), out.pageHeight));
            return out;
        }
    }

    /**
     * A glyph set at an angle (river names along their lines): its origin on the page (y down), its direction and
     * advance. PDFBox's "DirAdj" coordinates hold only for text turned by a multiple of 90 degrees.
     */
    private record Turned(double x, double y, double cos, double sin, double advance, double height, double size) {
        static Turned of(TextPosition t, double pageHeight) {
            Matrix m = t.getTextMatrix();
            double a = m.getValue(0, 0);
            double b = m.getValue(0, 1);
            double len = Math.hypot(a, b);
            if (len == 0 || Math.abs(b) < 1e-3 * len) {
                return null;
            }
            // The matrix's scale is the font size on the page; glyph widths are in thousandths of it.
            double advance;
            try {
                advance = t.getFont().getWidth(t.getCharacterCodes()[0]) / 1000 * len;
            } catch (IOException e) {
                advance = t.getWidthDirAdj();
            }
            var descriptor = t.getFont().getFontDescriptor();
            double cap = descriptor == null || descriptor.getCapHeight() <= 0 ? 0.72 : descriptor.getCapHeight() / 1000;
            // PDF space has y up; the boxes here have y down, which turns the direction too.
            return new Turned(m.getTranslateX(), pageHeight - m.getTranslateY(), a / len, -b / len, advance,
                    cap * len, len);
        }

        /** The page box around the glyph: its advance along the baseline, its height above it. */
        Rectangle2D box() {
            double[][] corners = {{0, 0}, {advance, 0}, {0, height}, {advance, height}};
            Rectangle2D r = null;
            for (double[] c : corners) {
                // Up from the baseline is (sin, -cos) in y-down page space.
                double px = x + c[0] * cos + c[1] * sin;
                double py = y + c[0] * sin - c[1] * cos;
                if (r == null) {
                    r = new Rectangle2D.Double(px, py, 0, 0);
                } else {
                    r.add(px, py);
                }
            }
            return r;
        }

        /** True when {@code next} starts where this glyph ends, on the same line. */
        boolean continuedBy(Turned next) {
            return Math.abs(cos - next.cos) < 1e-3 && Math.abs(sin - next.sin) < 1e-3
                    && Math.hypot(x + advance * cos - next.x, y + advance * sin - next.y) < 0.3 * size + 0.5;
        }
    }

    /** Groups glyphs into runs: a glyph continues a run when it sits on its baseline right after its last. */
    private static List<Run> runs(List<TextPosition> glyphs, double pageHeight) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Rectangle2D box = null;
        TextPosition last = null;
        Turned lastTurned = null;
        for (TextPosition t : glyphs) {
            Turned turned = Turned.of(t, pageHeight);
            Rectangle2D g = turned != null ? turned.box() : new Rectangle2D.Double(t.getXDirAdj(),
                    t.getYDirAdj() - t.getHeightDir(), Math.max(t.getWidthDirAdj(), 0.01), t.getHeightDir());
            boolean continues = turned != null || lastTurned != null
                    ? turned != null && lastTurned != null && lastTurned.continuedBy(turned)
                    : last != null && Math.abs(t.getYDirAdj() - last.getYDirAdj()) < 0.5
                    && Math.abs(t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()))
                    < 0.3 * t.getFontSizeInPt() + 0.5;
            if (!continues && box != null) {
                runs.add(new Run(text.toString(), box));
                text.setLength(0);
                box = null;
            }
            text.append(t.getUnicode());
            box = box == null ? g : box.createUnion(g);
            last = t;
            lastTurned = turned;
        }
        if (box != null) {
            runs.add(new Run(text.toString(), box));
        }
        // A space glyph alone has no ink to collide with.
        runs.removeIf(r -> r.text().isBlank());
        return runs;
    }

    /**
     * Finds white rectangles filled on the page (the furniture's panels; not the paper, which covers the page) and
     * how many glyphs were shown before the first.
     */
    private static final class PanelFinder extends PDFGraphicsStreamEngine {
        private final PdfLabelBoxes out;
        private final List<Point2D> path = new ArrayList<>();
        /** Every point of the current path, curve control points included (they bound the curve). */
        private Rectangle2D pathBounds;
        /** The marked-content tags open now, innermost last. */
        private final List<COSName> marks = new ArrayList<>();
        private final java.util.Set<List<Float>> headsSeen = new java.util.HashSet<>();
        private int glyphs;
        int glyphsBeforeFirstPanel = -1;

        PanelFinder(PDPage page, PdfLabelBoxes out) {
            super(page);
            this.out = out;
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            glyphs++;
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            marks.add(tag);
            if ("SitmapArrowHead".equals(tag.getName()) && panelsSeen() == 0 && properties != null
                    && properties.getDictionaryObject(COSName.getPDFName("Head")) instanceof COSArray a) {
                List<Float> key = new ArrayList<>();
                Path2D.Double head = new Path2D.Double();
                for (int i = 0; i + 1 < a.size(); i += 2) {
                    float x = ((COSNumber) a.getObject(i)).floatValue();
                    float y = ((COSNumber) a.getObject(i + 1)).floatValue();
                    key.add(x);
                    key.add(y);
                    if (i == 0) {
                        head.moveTo(x, y);
                    } else {
                        head.lineTo(x, y);
                    }
                }
                head.closePath();
                if (headsSeen.add(key)) {
                    out.arrowHeads.add(head);
                }
            }
        }

        @Override
        public void endMarkedContentSequence() {
            if (!marks.isEmpty()) {
                marks.remove(marks.size() - 1);
            }
        }

        private int panelsSeen() {
            return out.panels.size();
        }

        /** Keeps the painted path's box as a symbol's when it is drawn inside a symbol mark, on the map. */
        private void symbolPath(double inflate) {
            if (pathBounds != null && panelsSeen() == 0
                    && marks.stream().anyMatch(t -> "SitmapSymbol".equals(t.getName()))) {
                Rectangle2D r = pathBounds;
                out.symbols.add(new Rectangle2D.Double(r.getX() - inflate, out.pageHeight - r.getMaxY() - inflate,
                        r.getWidth() + 2 * inflate, r.getHeight() + 2 * inflate));
            }
        }

        private void bound(double x, double y) {
            if (pathBounds == null) {
                pathBounds = new Rectangle2D.Double(x, y, 0, 0);
            } else {
                pathBounds.add(x, y);
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.addAll(List.of(p0, p1, p2, p3));
            for (Point2D p : List.of(p0, p1, p2, p3)) {
                bound(p.getX(), p.getY());
            }
        }

        @Override
        public void moveTo(float x, float y) {
            path.add(new Point2D.Float(x, y));
            bound(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new Point2D.Float(x, y));
            bound(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.add(new Point2D.Float(Float.NaN, Float.NaN));
            bound(x1, y1);
            bound(x2, y2);
            bound(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            symbolPath(0);
            Rectangle2D r = rectangle();
            if (r != null && white() && r.getWidth() > 20 && r.getHeight() > 8
                    && r.getWidth() * r.getHeight() < 0.9 * out.pageWidth * out.pageHeight) {
                out.panels.add(new Rectangle2D.Double(r.getX(), out.pageHeight - r.getMaxY(), r.getWidth(),
                        r.getHeight()));
                if (glyphsBeforeFirstPanel < 0) {
                    glyphsBeforeFirstPanel = glyphs;
                }
            }
            clearPath();
        }

        private void clearPath() {
            path.clear();
            pathBounds = null;
        }

        private boolean white() throws IOException {
            float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
            if (rgb.length < 3) {
                return rgb.length == 1 && rgb[0] > 0.97f;
            }
            return rgb[0] > 0.97f && rgb[1] > 0.97f && rgb[2] > 0.97f;
        }

        /** The path's box when it is an axis-aligned rectangle (4 or 5 corners), else null. */
        private Rectangle2D rectangle() {
            int n = path.size();
            if (n < 4 || n > 5) {
                return null;
            }
            Rectangle2D r = null;
            for (Point2D p : path) {
                if (Double.isNaN(p.getX())) {
                    return null;
                }
                if (r == null) {
                    r = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
                } else {
                    r.add(p);
                }
            }
            for (Point2D p : path) {
                boolean onX = Math.abs(p.getX() - r.getMinX()) < 0.01 || Math.abs(p.getX() - r.getMaxX()) < 0.01;
                boolean onY = Math.abs(p.getY() - r.getMinY()) < 0.01 || Math.abs(p.getY() - r.getMaxY()) < 0.01;
                if (!onX || !onY) {
                    return null;
                }
            }
            return r;
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() {
            // The line's half width beyond its centre line, in page points.
            double scale = getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
            symbolPath(getGraphicsState().getLineWidth() * scale / 2);
            clearPath();
        }

        @Override
        public void endPath() {
            clearPath();
        }

        @Override
        public void closePath() {
            // The corners are already in the path.
        }

        @Override
        public void clip(int windingRule) {
            // Clipping does not consume the path; endPath follows.
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // Images are not furniture panels.
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // No shadings on these pages.
        }
    }
}
