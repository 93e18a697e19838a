package org.sitmap.render;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.sitmap.model.Annotation;

/**
 * The order a frame's annotations are drawn in, as a cartographer would choose it: the areas' fills, then their
 * hatching, then lines (area outlines, frontlines, arrows, range rings), then symbols; labels come last, from the
 * labeller.
 *
 * <p>Translucent fills never stack, so none muddies another: the areas stack in a fixed order of kinds
 * ({@link AreaPainter#stacking}: declarations lowest, then evacuation areas, buffers, zones on top, among zones the
 * firmer assessment higher; at the same height later in the list higher), and each area's fill and hatching are
 * knocked out where an area above it paints its interior. A point covered by an evacuation area and a zone shows
 * the zone's colour as the sheet gives it, and the evacuation area's dashed outline still runs across the zone, so
 * both read.
 *
 * <p>Stateless; each call works on the caller's surface.
 */
final class DrawOrder {
    private DrawOrder() {
    }

    /** Shapes drawn between two looks at the cancel flag: a crowd's frame ahead gives way within a millisecond. */
    private static final int CANCEL_EVERY = 64;

    /** Draws the shapes of {@code visible} (in list order) in the passes described above. */
    static void paint(KindPainters painters, ShapeContext c, List<Annotation> visible) {
        paint(painters, c, visible, null, () -> false);
    }

    /**
     * As {@link #paint(KindPainters, ShapeContext, List)}, shapes that draw alone from {@code sprites} if not null.
     *
     * @throws CancellationException when {@code cancelled} answers true between two shapes
     */
    static void paint(KindPainters painters, ShapeContext c, List<Annotation> visible, ShapeSprites.Pen sprites,
            BooleanSupplier cancelled) {
        List<Stacked> areas = stack(painters, c, visible, sprites);
        int drawn = 0;
        for (AreaPainter.Part part : new AreaPainter.Part[] {AreaPainter.Part.FILL, AreaPainter.Part.HATCH}) {
            for (Stacked s : areas) {
                checkCancel(++drawn, cancelled);
                s.painter().paint(c, s.annotation(), part, s.outline(), s.interior());
            }
        }
        // Outlines, lines and symbols have a look along their paths (dashes, teeth, heads): in a part of a frame
        // they are drawn in the whole frame's pixels, so they fall where a whole frame puts them.
        java.awt.geom.AffineTransform before = c.g().getTransform();
        ShapeContext lines = sprites == null ? c : sprites.inFrame(c);
        try {
            for (Stacked s : areas) {
                checkCancel(++drawn, cancelled);
                if (sprites != null) {
                    // An outline is drawn over every fill and hatching, whole: it draws alone.
                    sprites.paint(s.annotation(), 1, s.painter().reach(s.annotation(), c.ppt()), painters, lines,
                            cc -> s.painter().paint(cc, s.annotation(), AreaPainter.Part.OUTLINE, outlineIn(cc, c, s),
                                    null));
                } else {
                    s.painter().paint(c, s.annotation(), AreaPainter.Part.OUTLINE, s.outline(), s.interior());
                }
            }
            for (boolean symbols : new boolean[] {false, true}) {
                for (Annotation a : visible) {
                    KindPainter p = painters.of(a.kind());
                    if (p instanceof AreaPainter || p.isSymbol() != symbols) {
                        continue;
                    }
                    checkCancel(++drawn, cancelled);
                    if (sprites != null && p.drawsAlone()) {
                        sprites.paint(p, painters, lines, a);
                    } else {
                        p.paintShape(lines, a);
                    }
                }
            }
        } finally {
            c.g().setTransform(before);
        }
    }

    /** The area's outline in the pixels of {@code drawing} (the whole frame's, or those of the part drawn). */
    private static Shape outlineIn(ShapeContext drawing, ShapeContext frame, Stacked s) {
        return drawing.v() == frame.v() ? s.outline() : AnnotationShapes.areaPath(s.annotation(), drawing.v());
    }

    private static void checkCancel(int drawn, BooleanSupplier cancelled) {
        if (drawn % CANCEL_EVERY == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** An area as drawn: its outline, and its interior (the outline less the areas stacked above it). */
    private record Stacked(AreaPainter painter, Annotation annotation, Shape outline, Shape interior) {
    }

    /**
     * The visible areas, lowest first, each with its interior knocked out where a higher one lies (kept by
     * {@code sprites} between frames, if not null).
     */
    private static List<Stacked> stack(KindPainters painters, ShapeContext c, List<Annotation> visible,
            ShapeSprites.Pen sprites) {
        List<Annotation> areas = new ArrayList<>();
        for (Annotation a : visible) {
            if (painters.of(a.kind()) instanceof AreaPainter) {
                areas.add(a);
            }
        }
        // Stable: at the same height the list order stays (later higher).
        areas.sort(Comparator.comparingInt(a -> ((AreaPainter) painters.of(a.kind())).stacking(a)));
        int n = areas.size();
        Shape[] outlines = new Shape[n];
        Rectangle2D[] bounds = new Rectangle2D[n];
        boolean[] covers = new boolean[n];
        Area[] cut = new Area[n];
        for (int i = 0; i < n; i++) {
            Annotation a = areas.get(i);
            outlines[i] = AnnotationShapes.areaPath(a, c.v());
            bounds[i] = outlines[i].getBounds2D();
            covers[i] = ((AreaPainter) painters.of(a.kind())).paintsInterior(a);
        }
        List<Stacked> out = new ArrayList<>(n);
        AreaGrid grid = new AreaGrid(bounds, covers);
        for (int i = 0; i < n; i++) {
            // Only the covering areas above whose boxes meet this one's, lowest first as before.
            List<Integer> above = grid.coveringAbove(i);
            Shape interior = outlines[i];
            if (!above.isEmpty()) {
                Shape outline = outlines[i];
                Supplier<Shape> knockOut = () -> {
                    Area in = new Area(outline);
                    for (int j : above) {
                        if (cut[j] == null) {
                            cut[j] = new Area(outlines[j]);
                        }
                        in.subtract(cut[j]);
                    }
                    return in;
                };
                Annotation[] over = new Annotation[above.size()];
                for (int k = 0; k < over.length; k++) {
                    over[k] = areas.get(above.get(k));
                }
                interior = sprites == null ? knockOut.get()
                        : sprites.interior(areas.get(i), over, painters, c.ppt(), c.v(), knockOut);
            }
            Annotation a = areas.get(i);
            out.add(new Stacked((AreaPainter) painters.of(a.kind()), a, outlines[i], interior));
        }
        return out;
    }

    /**
     * The covering areas' boxes in a grid of {@link #CELL}-pixel cells, so finding the areas above one that meet
     * it looks at its neighbours only: testing every pair took a tenth of a frame at 10,000 annotations.
     */
    private static final class AreaGrid {
        private static final double CELL = 128;
        private final Rectangle2D[] bounds;
        private final java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();
        private final int[] seen;
        private int stamp;

        AreaGrid(Rectangle2D[] bounds, boolean[] covers) {
            this.bounds = bounds;
            this.seen = new int[bounds.length];
            for (int j = 0; j < bounds.length; j++) {
                if (covers[j] && !bounds[j].isEmpty()) {
                    Integer area = j;
                    forEachCell(bounds[j], key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(area));
                }
            }
        }

        /** The covering areas after {@code i} whose boxes meet its box, in increasing order. */
        List<Integer> coveringAbove(int i) {
            List<Integer> out = new ArrayList<>();
            stamp++;
            forEachCell(bounds[i], key -> {
                List<Integer> in = cells.get(key);
                if (in != null) {
                    for (int j : in) {
                        if (j > i && seen[j] != stamp && bounds[i].intersects(bounds[j])) {
                            seen[j] = stamp;
                            out.add(j);
                        }
                    }
                }
            });
            java.util.Collections.sort(out);
            return out;
        }

        private static void forEachCell(Rectangle2D b, java.util.function.LongConsumer action) {
            // Boxes far beyond the frame are clamped: the grid only needs to tell neighbours apart.
            long x0 = cell(b.getMinX());
            long x1 = cell(b.getMaxX());
            long y0 = cell(b.getMinY());
            long y1 = cell(b.getMaxY());
            for (long y = y0; y <= y1; y++) {
                for (long x = x0; x <= x1; x++) {
                    action.accept((y << 32) ^ (x & 0xFFFFFFFFL));
                }
            }
        }

        private static long cell(double px) {
            return (long) Math.floor(Math.max(-32 * CELL, Math.min(32 * CELL, px)) / CELL);
        }
    }
}
