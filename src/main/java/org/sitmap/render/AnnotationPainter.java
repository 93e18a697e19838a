package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/**
 * Paints situation annotations (zones, evacuations, declarations, movement arrows, frontlines, buffers, markers and
 * text) onto any {@link Graphics2D}, each kind in its own recognisable style, in the side's colour. Sizes are in
 * points, so a 300 dpi export looks like the screen. Shapes are painted in list order (later on top), then every
 * label over all of them so no fill hides a name.
 *
 * <pre>{@code
 * Graphics2D g = image.createGraphics();
 * new MapRenderer().paint(g, viewport, layers, options, () -> false);
 * new AnnotationPainter().paint(DrawSurface.java2d(g), viewport, briefing.annotations(), options, null);
 * }</pre>
 *
 * <p>Style summary: assessed control is a 30 % fill with a solid outline, an assessed advance an 18 % fill with a
 * thinner one, claims are hatched with a dashed outline, contested ground is grey, ground held before is a dotted
 * outline. Reported and unconfirmed lines and outlines are dashed. Vector output stays vector: hatching is drawn
 * as lines, never a texture.
 *
 * <p>Stateless and thread-safe; every call works on its own objects and the caller's Graphics2D.
 */
public final class AnnotationPainter {
    static final Color EVACUATION = new Color(0xE67E22);
    static final Color EVACUATION_TEXT = new Color(0x9C4A06);
    static final Color DECLARATION = new Color(0xF1C40F);
    static final Color DECLARATION_EDGE = new Color(0xC9A100);
    static final Color DECLARATION_TEXT = new Color(0x6E5200);
    static final Color CONTESTED = new Color(0x8A8A8A);
    static final Color BUFFER_NEUTRAL = new Color(0x5D7186);
    static final Color TEXT = new Color(0x26221E);
    static final Color HALO = new Color(255, 255, 255, 220);
    static final Color LINE_HALO = new Color(255, 255, 255, 210);

    // Arrow sizes in points: shaft or corridor width, head width, head length.
    static final double MOVEMENT_TAIL = 3;
    static final double MOVEMENT_SHAFT = 8;
    static final double MOVEMENT_HEAD_WIDTH = 20;
    static final double MOVEMENT_HEAD_LENGTH = 16;
    static final double AXIS_WIDTH = 11;
    static final double AXIS_HEAD_WIDTH = 27;
    static final double AXIS_HEAD_LENGTH = 19;
    static final double AXIS_LINE = 1.7;
    static final double ATTACK_LINE = 2.2;
    static final double ATTACK_HEAD_WIDTH = 12;
    static final double ATTACK_HEAD_LENGTH = 13;
    static final double FRONT_LINE = 2.2;
    static final double TOOTH_SPACING = 14;
    static final double TOOTH_BASE = 8;
    static final double TOOTH_HEIGHT = 5.5;
    static final double DEFAULT_LABEL_SIZE = 12;

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    /**
     * Paints {@code annotations} in order onto the surface (hatching goes straight into its pixels where it writes
     * pixels). Applies {@link MapRenderer#applyHints} to its graphics; restores their clip, stroke, paint and font.
     *
     * @param labels the frame's label placer, or null: names are only drawn where they meet no label placed
     *               before (area names may move just above or below their spot); free text is always drawn and
     *               then blocks later labels
     */
    public void paint(DrawSurface surface, Viewport v, List<Annotation> annotations, RenderOptions options,
            LabelPlacer labels) {
        Graphics2D g = surface.graphics();
        Shape savedClip = g.getClip();
        Stroke savedStroke = g.getStroke();
        Paint savedPaint = g.getPaint();
        Font savedFont = g.getFont();
        MapRenderer.applyHints(g);
        double ppt = options.pixelsPerPoint();
        Rectangle2D view = new Rectangle2D.Double(0, 0, v.width(), v.height());
        Rectangle2D limit = new Rectangle2D.Double(-8, -8, v.width() + 16, v.height() + 16);
        double anchorX = v.worldToScreenX(0);
        double anchorY = v.worldToScreenY(0);
        List<Annotation> visible = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            Rectangle2D b = AnnotationShapes.screenBounds(a, v);
            double margin = (a.kind().shape() == AnnotationKind.Shape.POINT ? 320 : 40) * ppt;
            if (b.getMaxX() < -margin || b.getMinX() > v.width() + margin || b.getMaxY() < -margin
                    || b.getMinY() > v.height() + margin) {
                continue;
            }
            visible.add(a);
            paintShape(surface, v, a, ppt, limit, anchorX, anchorY);
        }
        if (options.labels()) {
            for (Annotation a : visible) {
                paintLabel(g, v, a, options, labels, view);
            }
        }
        g.setClip(savedClip);
        g.setStroke(savedStroke);
        g.setPaint(savedPaint);
        g.setFont(savedFont);
    }

    private void paintShape(DrawSurface surface, Viewport v, Annotation a, double ppt,
            Rectangle2D limit, double anchorX, double anchorY) {
        Graphics2D g = surface.graphics();
        Color side = new Color(a.side().colour());
        boolean tentative = isTentative(a);
        switch (a.kind()) {
            case ZONE -> paintZone(surface, AnnotationShapes.areaPath(a, v), side, a.status(), tentative, ppt, limit,
                    anchorX, anchorY);
            case EVACUATION -> paintEvacuation(g, AnnotationShapes.areaPath(a, v), tentative, ppt);
            case DECLARATION -> paintDeclaration(g, AnnotationShapes.areaPath(a, v), 7 * ppt, ppt);
            case BUFFER -> paintBuffer(surface, AnnotationShapes.areaPath(a, v), bufferColour(a.side()), ppt, limit,
                    anchorX, anchorY);
            case MOVEMENT -> paintArrow(g, AnnotationShapes.drawnLine(a, v), arrowStyle(a), side, tentative,
                    isMainAttack(a), ppt);
            case FRONTLINE -> paintFrontline(g, AnnotationShapes.drawnLine(a, v), side, teethLeft(a), tentative,
                    ppt);
            case MARKER -> {
                Point2D p = AnnotationShapes.point(a, v);
                paintSymbol(g, p.getX(), p.getY(), symbol(a), side, ppt);
            }
            case LABEL -> {
                // Free text is all label: drawn in the label pass.
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- attributes

    /** Dashed: reported or unconfirmed, or a movement marked {@code planned}. */
    static boolean isTentative(Annotation a) {
        Confidence c = a.confidence();
        return c.isTentative() || Boolean.parseBoolean(String.valueOf(a.attribute("planned")));
    }

    /** True for an axis of advance marked {@code main_attack}. */
    static boolean isMainAttack(Annotation a) {
        return Boolean.parseBoolean(String.valueOf(a.attribute("main_attack")));
    }

    /** {@code movement} (default), {@code axis} or {@code attack}. */
    static String arrowStyle(Annotation a) {
        String s = a.text(Annotation.ARROW_STYLE);
        s = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return s.equals("axis") || s.equals("attack") ? s : "movement";
    }

    /** Half the drawn width of an arrow's body in points, for label clearance and hit testing. */
    static double halfWidth(String arrowStyle) {
        return switch (arrowStyle) {
            case "axis" -> AXIS_WIDTH / 2 + AXIS_LINE;
            case "attack" -> ATTACK_LINE;
            default -> MOVEMENT_SHAFT / 2;
        };
    }

    /** {@code dot} (default), {@code star}, {@code flag}, {@code x} or {@code pow}. */
    static String symbol(Annotation a) {
        String s = a.text(Annotation.SYMBOL);
        s = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "star", "flag", "x", "pow" -> s;
            default -> "dot";
        };
    }

    static boolean teethLeft(Annotation a) {
        return !"right".equalsIgnoreCase(String.valueOf(a.text(Annotation.TEETH)).trim());
    }

    static Color bufferColour(Side side) {
        return side == Side.OTHER ? BUFFER_NEUTRAL : new Color(side.colour());
    }

    // -------------------------------------------------------------------------------------------------- areas

    /** A translucent fill in the side colour under a same-colour outline: the look of assessed control. */
    private static void fillAndOutline(Graphics2D g, Shape shape, Color side, double fillAlpha, double width,
            float[] dash, double ppt) {
        g.setColor(alpha(side, fillAlpha));
        g.fill(shape);
        g.setColor(side);
        g.setStroke(stroke(width, dash, ppt));
        g.draw(shape);
    }

    static void paintZone(DrawSurface surface, Shape shape, Color side, ZoneStatus status,
            boolean tentative, double ppt, Rectangle2D limit, double anchorX, double anchorY) {
        Graphics2D g = surface.graphics();
        float[] dash = {5, 3};
        switch (status == null ? ZoneStatus.ASSESSED_CONTROL : status) {
            case ASSESSED_CONTROL -> fillAndOutline(g, shape, side, 0.30, 1.5 * ppt, tentative ? dash : null, ppt);
            case ASSESSED_ADVANCE -> fillAndOutline(g, shape, side, 0.18, 0.9 * ppt, tentative ? dash : null, ppt);
            case CLAIMED -> {
                g.setColor(alpha(side, 0.06));
                g.fill(shape);
                g.setColor(alpha(side, 0.85));
                g.setStroke(new BasicStroke((float) (1.1 * ppt), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                surface.hatch(shape, limit, 45, 5.5 * ppt, anchorX, anchorY);
                g.setColor(side);
                g.setStroke(stroke(1.3 * ppt, dash, ppt));
                g.draw(shape);
            }
            case CONTESTED -> {
                g.setColor(alpha(CONTESTED, 0.30));
                g.fill(shape);
                g.setColor(CONTESTED.darker());
                g.setStroke(stroke(1.2 * ppt, dash, ppt));
                g.draw(shape);
            }
            case HELD_BEFORE -> {
                g.setColor(side);
                g.setStroke(new BasicStroke((float) (1.8 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        4f, new float[] {0.01f, (float) (3.6 * ppt)}, 0f));
                g.draw(shape);
            }
        }
    }

    static void paintEvacuation(Graphics2D g, Shape shape, boolean tentative, double ppt) {
        g.setColor(alpha(EVACUATION, 0.20));
        g.fill(shape);
        g.setColor(EVACUATION);
        g.setStroke(stroke(1.6 * ppt, new float[] {6, 3.5f}, ppt));
        g.draw(shape);
    }

    /** A wide translucent band inside the outline (the region is "under" the declaration) and a thin edge. */
    static void paintDeclaration(Graphics2D g, Shape shape, double bandPx, double ppt) {
        Shape savedClip = g.getClip();
        g.clip(shape);
        g.setColor(alpha(DECLARATION, 0.45));
        g.setStroke(new BasicStroke((float) (2 * bandPx), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setClip(savedClip);
        g.setColor(alpha(DECLARATION, 0.07));
        g.fill(shape);
        g.setColor(DECLARATION_EDGE);
        g.setStroke(stroke(1.1 * ppt, null, ppt));
        g.draw(shape);
    }

    static void paintBuffer(DrawSurface surface, Shape shape, Color colour, double ppt,
            Rectangle2D limit, double anchorX, double anchorY) {
        Graphics2D g = surface.graphics();
        g.setColor(alpha(colour, 0.08));
        g.fill(shape);
        g.setColor(alpha(colour, 0.55));
        g.setStroke(new BasicStroke((float) (0.8 * ppt), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        surface.hatch(shape, limit, 135, 4 * ppt, anchorX, anchorY);
        g.setColor(colour);
        g.setStroke(stroke(1.2 * ppt, new float[] {4, 2.5f}, ppt));
        g.draw(shape);
    }

    // -------------------------------------------------------------------------------------------------- lines

    /** Head length and half width in pixels for a line of {@code length} pixels: shrunk on short arrows. */
    private static double[] head(double length, double headLength, double headWidth) {
        double l = Math.min(headLength, 0.45 * length);
        double k = headLength > 0 ? l / headLength : 1;
        return new double[] {l, headWidth * k / 2};
    }

    static void paintArrow(Graphics2D g, ScreenLine line, String style, Color side, boolean tentative,
            boolean mainAttack, double ppt) {
        double length = line.length();
        if (line.size < 2 || length < 1) {
            paintSymbol(g, line.x[0], line.y[0], "dot", side, ppt * 0.6);
            return;
        }
        switch (style) {
            case "axis" -> paintAxis(g, line, side, tentative, mainAttack, ppt);
            case "attack" -> paintAttack(g, line, side, tentative, ppt);
            default -> paintMovement(g, line, side, tentative, ppt);
        }
    }

    /** Tip, head base point, unit direction, unit left normal: {tx, ty, bx, by, dx, dy, nx, ny}. */
    private static double[] headFrame(ScreenLine line, double headLength) {
        double length = line.length();
        double[] tip = new double[4];
        double[] base = new double[4];
        line.at(length, tip);
        line.at(length - headLength, base);
        double dx = tip[0] - base[0];
        double dy = tip[1] - base[1];
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            dx = tip[2];
            dy = tip[3];
        } else {
            dx /= d;
            dy /= d;
        }
        // The head sits on its true length along the final direction, whatever the curve does inside it.
        double bx = tip[0] - dx * headLength;
        double by = tip[1] - dy * headLength;
        return new double[] {tip[0], tip[1], bx, by, dx, dy, dy, -dx};
    }

    /** Plain-language arrow: a tapered body widening towards a filled head, white-edged. */
    private static void paintMovement(Graphics2D g, ScreenLine line, Color side, boolean tentative, double ppt) {
        double[] h = head(line.length(), MOVEMENT_HEAD_LENGTH * ppt, MOVEMENT_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double shrink = halfHead / (MOVEMENT_HEAD_WIDTH * ppt / 2);
        double tail = MOVEMENT_TAIL * ppt * shrink / 2;
        double neck = MOVEMENT_SHAFT * ppt * shrink / 2;
        double[] f = headFrame(line, headLength);
        ScreenLine shaft = line.sub(0, line.length() - headLength);
        double[] n = shaft.normals();
        double shaftLength = Math.max(1e-9, shaft.length());
        int m = shaft.size;
        Path2D.Double body = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < m; i++) {
            double w = tail + (neck - tail) * shaft.lengthAt(i) / shaftLength;
            double nx = i == m - 1 ? f[6] : n[2 * i];
            double ny = i == m - 1 ? f[7] : n[2 * i + 1];
            double px = i == m - 1 ? f[2] : shaft.x[i];
            double py = i == m - 1 ? f[3] : shaft.y[i];
            if (i == 0) {
                body.moveTo(px + nx * w, py + ny * w);
            } else {
                body.lineTo(px + nx * w, py + ny * w);
            }
        }
        Path2D.Double headShape = new Path2D.Double();
        headShape.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        headShape.lineTo(f[0], f[1]);
        headShape.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        body.lineTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        body.lineTo(f[0], f[1]);
        body.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        for (int i = m - 1; i >= 0; i--) {
            double w = tail + (neck - tail) * shaft.lengthAt(i) / shaftLength;
            double nx = i == m - 1 ? f[6] : n[2 * i];
            double ny = i == m - 1 ? f[7] : n[2 * i + 1];
            double px = i == m - 1 ? f[2] : shaft.x[i];
            double py = i == m - 1 ? f[3] : shaft.y[i];
            body.lineTo(px - nx * w, py - ny * w);
        }
        body.closePath();
        Shape arrow = body;
        DashedArrowKey key = tentative ? DashedArrowKey.of(line, ppt) : null;
        Shape cached = key == null ? null : DashedArrowKey.get(key, line);
        if (cached != null) {
            arrow = cached;
        } else if (tentative) {
            // Dashes cut across the body; the head stays whole so the direction always reads.
            // Stretch the pattern a little so a whole number of gap-dash pairs fills the shaft: no sliver at the tail.
            double period = 14 * ppt;
            double fit = shaft.length() / Math.max(1, Math.round(shaft.length() / period)) / period;
            float on = (float) (9 * ppt * fit);
            float off = (float) (5 * ppt * fit);
            // The pattern runs back from the head and starts with a gap, so no dash is cut by the head.
            Shape dashes = new BasicStroke((float) (4 * neck + 4), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f,
                    new float[] {on, off}, on).createStrokedShape(reversed(shaft));
            Area a = new Area(body);
            a.intersect(new Area(dashes));
            Area tip = new Area(body);
            tip.intersect(new Area(headShape));
            a.add(tip);
            arrow = a;
            DashedArrowKey.put(key, line, a);
        }
        g.setColor(LINE_HALO);
        g.setStroke(new BasicStroke((float) (3.2 * ppt * Math.max(0.5, shrink)), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(arrow);
        g.setColor(alpha(side, 0.92));
        g.fill(arrow);
        g.setColor(darken(side, 0.75));
        g.setStroke(new BasicStroke((float) (0.6 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(arrow);
    }

    /**
     * A dashed arrow's outline, by the shape of its line in pixels (relative to its first point, to 1/1000 pixel)
     * and the output scale. Cutting the dashes out of the body with {@link Area} costs 10-20 ms for a curved arrow,
     * most of a frame with two such arrows zoomed in; the outline only moves when the map is panned, so frames
     * after the first translate the cached one.
     */
    private record DashedArrowKey(long[] shape, double ppt) {
        private static final Map<DashedArrowKey, Path2D.Double> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DashedArrowKey, Path2D.Double> eldest) {
                return size() > 64;
            }
        };

        static DashedArrowKey of(ScreenLine line, double ppt) {
            long[] shape = new long[2 * line.size];
            for (int i = 0; i < line.size; i++) {
                shape[2 * i] = Math.round((line.x[i] - line.x[0]) * 1000);
                shape[2 * i + 1] = Math.round((line.y[i] - line.y[0]) * 1000);
            }
            return new DashedArrowKey(shape, ppt);
        }

        /** The cached outline moved to where the line now starts, or null. */
        static Shape get(DashedArrowKey key, ScreenLine line) {
            Path2D.Double relative;
            synchronized (CACHE) {
                relative = CACHE.get(key);
            }
            return relative == null ? null
                    : AffineTransform.getTranslateInstance(line.x[0], line.y[0]).createTransformedShape(relative);
        }

        static void put(DashedArrowKey key, ScreenLine line, Area outline) {
            // Kept as a path: walking an Area's outline again every frame cost as much as drawing it.
            Path2D.Double relative = new Path2D.Double(outline,
                    AffineTransform.getTranslateInstance(-line.x[0], -line.y[0]));
            synchronized (CACHE) {
                CACHE.put(key, relative);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DashedArrowKey k && k.ppt == ppt && Arrays.equals(k.shape, shape);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Double.hashCode(ppt);
        }
    }

    private static Path2D.Double reversed(ScreenLine line) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(line.x[line.size - 1], line.y[line.size - 1]);
        for (int i = line.size - 2; i >= 0; i--) {
            p.lineTo(line.x[i], line.y[i]);
        }
        return p;
    }

    /** Military axis of advance: a double-line corridor ending in an open head; a chevron marks a main attack. */
    private static void paintAxis(Graphics2D g, ScreenLine line, Color side, boolean tentative, boolean mainAttack,
            double ppt) {
        double[] h = head(line.length(), AXIS_HEAD_LENGTH * ppt, AXIS_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double shrink = halfHead / (AXIS_HEAD_WIDTH * ppt / 2);
        double half = AXIS_WIDTH * ppt * shrink / 2;
        double[] f = headFrame(line, headLength);
        ScreenLine shaft = line.sub(0, line.length() - headLength);
        double[] n = shaft.normals();
        int m = shaft.size;
        Path2D.Double outline = new Path2D.Double();
        for (int i = 0; i < m; i++) {
            double[] p = offsetPoint(shaft, n, f, i, half);
            if (i == 0) {
                outline.moveTo(p[0], p[1]);
            } else {
                outline.lineTo(p[0], p[1]);
            }
        }
        outline.lineTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        outline.lineTo(f[0], f[1]);
        outline.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        for (int i = m - 1; i >= 0; i--) {
            double[] p = offsetPoint(shaft, n, f, i, -half);
            outline.lineTo(p[0], p[1]);
        }
        Path2D.Double closed = (Path2D.Double) outline.clone();
        closed.closePath();
        Path2D.Double chevron = null;
        if (mainAttack) {
            // A solid chevron band along the head's edges: the main effort reads at a glance.
            double t = 0.45;
            double w = halfHead * (1 - t);
            chevron = new Path2D.Double();
            chevron.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
            chevron.lineTo(f[0], f[1]);
            chevron.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
            chevron.lineTo(f[2] - f[6] * w, f[3] - f[7] * w);
            chevron.lineTo(f[0] - f[4] * headLength * t, f[1] - f[5] * headLength * t);
            chevron.lineTo(f[2] + f[6] * w, f[3] + f[7] * w);
            chevron.closePath();
        }
        float[] dash = tentative ? new float[] {6, 3.5f} : null;
        float width = (float) (AXIS_LINE * ppt * Math.max(0.6, shrink));
        g.setColor(LINE_HALO);
        g.setStroke(stroke(width + 2.4 * ppt, null, ppt));
        g.draw(outline);
        g.setColor(alpha(side, 0.15));
        g.fill(closed);
        if (chevron != null) {
            g.setColor(side);
            g.fill(chevron);
        }
        g.setColor(side);
        g.setStroke(stroke(width, dash, ppt));
        g.draw(outline);
    }

    private static double[] offsetPoint(ScreenLine shaft, double[] n, double[] f, int i, double d) {
        if (i == shaft.size - 1) {
            return new double[] {f[2] + f[6] * d, f[3] + f[7] * d};
        }
        return new double[] {shaft.x[i] + n[2 * i] * d, shaft.y[i] + n[2 * i + 1] * d};
    }

    /** Direction of attack: one line with a filled head. */
    private static void paintAttack(Graphics2D g, ScreenLine line, Color side, boolean tentative, double ppt) {
        double[] h = head(line.length(), ATTACK_HEAD_LENGTH * ppt, ATTACK_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double[] f = headFrame(line, headLength);
        // The shaft runs a little into the head so no seam shows between them.
        ScreenLine shaft = line.sub(0, line.length() - headLength * 0.6);
        Path2D.Double headShape = new Path2D.Double();
        headShape.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        headShape.lineTo(f[0], f[1]);
        headShape.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        headShape.lineTo(f[2] + f[4] * headLength * 0.18, f[3] + f[5] * headLength * 0.18);
        headShape.closePath();
        double width = ATTACK_LINE * ppt;
        Path2D.Double path = shaft.path();
        g.setColor(LINE_HALO);
        g.setStroke(new BasicStroke((float) (width + 2.6 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(new BasicStroke((float) (2.4 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(headShape);
        g.setColor(side);
        g.setStroke(stroke(width, tentative ? new float[] {6, 3.5f} : null, ppt));
        g.draw(path);
        g.fill(headShape);
    }

    /** A line in the side's colour with triangular teeth pointing towards the enemy (left or right of travel). */
    static void paintFrontline(Graphics2D g, ScreenLine line, Color side, boolean left, boolean tentative,
            double ppt) {
        Path2D.Double teeth = new Path2D.Double();
        double length = line.length();
        double spacing = TOOTH_SPACING * ppt;
        double base = TOOTH_BASE * ppt;
        double height = TOOTH_HEIGHT * ppt * (left ? 1 : -1);
        double[] a = new double[4];
        double[] b = new double[4];
        double[] c = new double[4];
        int count = (int) Math.floor((length - base) / spacing) + 1;
        double start = (length - (count - 1) * spacing) / 2;
        for (int k = 0; k < count && length >= base; k++) {
            double s = start + k * spacing;
            line.at(s - base / 2, a);
            line.at(s, c);
            line.at(s + base / 2, b);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double d = Math.hypot(dx, dy);
            if (d < 1e-9) {
                continue;
            }
            // Left of travel on screen (y down) is (dy, -dx).
            double nx = dy / d;
            double ny = -dx / d;
            double mx = (a[0] + b[0]) / 2;
            double my = (a[1] + b[1]) / 2;
            teeth.moveTo(a[0], a[1]);
            teeth.lineTo(mx + nx * height, my + ny * height);
            teeth.lineTo(b[0], b[1]);
            teeth.lineTo(c[0], c[1]);
            teeth.closePath();
        }
        double width = FRONT_LINE * ppt;
        Path2D.Double path = line.path();
        g.setColor(LINE_HALO);
        g.setStroke(new BasicStroke((float) (width + 2.4 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(new BasicStroke((float) (2.0 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(teeth);
        g.setColor(side);
        g.fill(teeth);
        g.setStroke(stroke(width, tentative ? new float[] {6, 3.5f} : null, ppt));
        g.draw(path);
    }

    // ------------------------------------------------------------------------------------------------- points

    /** The symbol's radius in points: how far its label keeps away, how far a click still hits it. */
    static double symbolRadius(String symbol) {
        return switch (symbol) {
            case "star" -> 8;
            case "flag" -> 9;
            case "x" -> 6.5;
            case "pow" -> 11.5;
            default -> 5.5;
        };
    }

    static void paintSymbol(Graphics2D g, double x, double y, String symbol, Color side, double ppt) {
        BasicStroke outline = new BasicStroke((float) (1.4 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        switch (symbol) {
            case "star" -> {
                Shape star = star(x, y, 8.5 * ppt, 3.6 * ppt);
                fillOutlined(g, star, side, outline);
            }
            case "flag" -> {
                double pole = 17 * ppt;
                Path2D.Double flag = new Path2D.Double();
                flag.moveTo(x, y - pole);
                flag.lineTo(x + 11 * ppt, y - pole + 3.5 * ppt);
                flag.lineTo(x, y - pole + 7 * ppt);
                flag.closePath();
                Line2D staff = new Line2D.Double(x, y, x, y - pole);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (3.6 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(staff);
                fillOutlined(g, flag, side, outline);
                g.setColor(darken(side, 0.6));
                g.setStroke(new BasicStroke((float) (1.4 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(staff);
                double r = 2.2 * ppt;
                fillOutlined(g, new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), darken(side, 0.6),
                        new BasicStroke((float) (1.0 * ppt)));
            }
            case "x" -> {
                double r = 5.5 * ppt;
                Path2D.Double cross = new Path2D.Double();
                cross.moveTo(x - r, y - r);
                cross.lineTo(x + r, y + r);
                cross.moveTo(x - r, y + r);
                cross.lineTo(x + r, y - r);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (5.6 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(cross);
                g.setColor(side);
                g.setStroke(new BasicStroke((float) (2.8 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(cross);
            }
            case "pow" -> {
                Font font = Fonts.bold((float) (6.5 * ppt));
                Rectangle2D tb = TextPainter.bounds("POW", font);
                double w = tb.getWidth() + 5 * ppt;
                double h = tb.getHeight() + 4.5 * ppt;
                Shape badge = new RoundRectangle2D.Double(x - w / 2, y - h / 2, w, h, 2.5 * ppt, 2.5 * ppt);
                fillOutlined(g, badge, side, outline);
                g.setColor(Color.WHITE);
                Shape text = TextPainter.outline("POW", font);
                AffineTransform at = AffineTransform.getTranslateInstance(x - tb.getWidth() / 2 - tb.getX(),
                        y + tb.getHeight() / 2 - (tb.getHeight() + tb.getY()));
                g.fill(at.createTransformedShape(text));
            }
            default -> {
                double r = 4.5 * ppt;
                fillOutlined(g, new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), side, outline);
            }
        }
    }

    private static void fillOutlined(Graphics2D g, Shape s, Color fill, Stroke outline) {
        g.setColor(Color.WHITE);
        g.setStroke(outline);
        g.draw(s);
        g.setColor(fill);
        g.fill(s);
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double px = cx + r * Math.cos(a);
            double py = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }

    // ------------------------------------------------------------------------------------------------- labels

    private void paintLabel(Graphics2D g, Viewport v, Annotation a, RenderOptions o, LabelPlacer placer,
            Rectangle2D view) {
        double ppt = o.pixelsPerPoint();
        float halo = (float) (1.3 * ppt);
        switch (a.kind()) {
            case EVACUATION -> {
                List<String> lines = new ArrayList<>();
                if (!a.title().isBlank()) {
                    lines.add(a.title());
                }
                String count = evacuatedText(a);
                if (count != null) {
                    lines.add(count);
                }
                Point2D p = AnnotationShapes.labelPoint(a, v);
                paintBlock(g, o, lines, p.getX(), p.getY(), EVACUATION_TEXT, placer, ppt, halo);
            }
            case DECLARATION -> {
                List<String> lines = new ArrayList<>();
                lines.add(a.title().isBlank() ? "State of emergency" : a.title());
                String level = a.text(Annotation.LEVEL);
                if (level != null && !level.isBlank()) {
                    lines.add("Level: " + level);
                }
                Point2D p = AnnotationShapes.labelPoint(a, v);
                paintBlock(g, o, lines, p.getX(), p.getY(), DECLARATION_TEXT, placer, ppt, halo);
            }
            case MARKER -> {
                if (a.title().isBlank()) {
                    return;
                }
                Point2D p = AnnotationShapes.point(a, v);
                Font font = Fonts.bold((float) (9 * ppt));
                Rectangle2D b = TextPainter.bounds(a.title(), font);
                String symbol = symbol(a);
                double gap = (symbolRadius(symbol) + 2.5) * ppt;
                // A flag's cloth flies above the point: its label sits level with the cloth.
                double cy = symbol.equals("flag") ? p.getY() - 13.5 * ppt : p.getY();
                double[][] origins = {
                    {p.getX() + gap - b.getX(), cy - b.getY() - b.getHeight() / 2},
                    {p.getX() - gap - b.getWidth() - b.getX(), cy - b.getY() - b.getHeight() / 2},
                    {p.getX() - b.getWidth() / 2 - b.getX(), cy - gap - b.getY() - b.getHeight()},
                    {p.getX() - b.getWidth() / 2 - b.getX(), p.getY() + gap - b.getY()},
                };
                placeFirstFree(g, o, a.title(), font, b, origins, TEXT, placer, halo);
            }
            case MOVEMENT -> {
                String unit = a.text(Annotation.UNIT);
                if (unit == null || unit.isBlank()) {
                    return;
                }
                ScreenLine line = AnnotationShapes.drawnLine(a, v);
                if (line.size < 2) {
                    return;
                }
                double[] m = new double[4];
                line.at(line.length() / 2, m);
                Font font = Fonts.bold((float) (8.5 * ppt));
                Rectangle2D b = TextPainter.bounds(unit, font);
                double half = (halfWidth(arrowStyle(a)) + 3) * ppt;
                // The side of the path facing up the screen first, then the other.
                double nx = m[3];
                double ny = -m[2];
                if (ny > 0) {
                    nx = -nx;
                    ny = -ny;
                }
                double[][] origins = new double[2][];
                for (int k = 0; k < 2; k++) {
                    double sgn = k == 0 ? 1 : -1;
                    // Push the box centre out until the box clears the line by `half`.
                    double reach = half + Math.abs(nx) * b.getWidth() / 2 + Math.abs(ny) * b.getHeight() / 2;
                    double cx = m[0] + sgn * nx * reach;
                    double cy = m[1] + sgn * ny * reach;
                    origins[k] = new double[] {cx - b.getWidth() / 2 - b.getX(), cy - b.getHeight() / 2 - b.getY()};
                }
                placeFirstFree(g, o, unit, font, b, origins, darken(new Color(a.side().colour()), 0.7), placer,
                        halo);
            }
            case LABEL -> {
                if (a.title().isBlank()) {
                    return;
                }
                Point2D p = AnnotationShapes.point(a, v);
                Font font = Fonts.bold((float) (a.number(Annotation.SIZE, DEFAULT_LABEL_SIZE) * ppt));
                Rectangle2D b = TextPainter.bounds(a.title(), font);
                double angle = Math.toRadians(a.number(Annotation.ROTATION, 0));
                Color colour = a.side() == Side.OTHER ? TEXT : darken(new Color(a.side().colour()), 0.85);
                // Rotate about the text's centre: origin = centre + R(angle) * (origin - centre in text space).
                double ox = -b.getX() - b.getWidth() / 2;
                double oy = -b.getY() - b.getHeight() / 2;
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                double x = p.getX() + ox * cos - oy * sin;
                double y = p.getY() + ox * sin + oy * cos;
                drawText(g, o, a.title(), font, x, y, angle, colour, (float) (1.6 * ppt));
                if (placer != null) {
                    placer.reserve(labelBox(p.getX(), p.getY(), b, angle, 1.6 * ppt));
                }
            }
            default -> {
                // Zones, frontlines and buffers carry their meaning in the legend, not in text on the map.
            }
        }
    }

    /** The axis-aligned pixel box of a label of text bounds {@code b} centred on (cx, cy), rotated, with halo. */
    static Rectangle2D labelBox(double cx, double cy, Rectangle2D b, double angle, double halo) {
        Rectangle2D r = new Rectangle2D.Double(-b.getWidth() / 2 - halo, -b.getHeight() / 2 - halo,
                b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
        AffineTransform t = AffineTransform.getTranslateInstance(cx, cy);
        t.rotate(angle);
        return t.createTransformedShape(r).getBounds2D();
    }

    /** "Evacuated: 130,000" from the {@code evacuated} attribute, or null. */
    static String evacuatedText(Annotation a) {
        Object v = a.attribute(Annotation.EVACUATED);
        long n;
        if (v instanceof Number num) {
            n = Math.round(num.doubleValue());
        } else if (v != null) {
            try {
                n = Math.round(Double.parseDouble(v.toString().replace(",", "").trim()));
            } catch (NumberFormatException e) {
                return "Evacuated: " + v;
            }
        } else {
            return null;
        }
        synchronized (COUNT) {
            return "Evacuated: " + COUNT.format(n);
        }
    }

    /**
     * Centred lines of text, the first bold, at the area's label point, else just above or below it; left out when
     * all three would overlap a label placed before (a briefing often stacks several areas in one place).
     */
    private static void paintBlock(Graphics2D g, RenderOptions o, List<String> lines, double cx, double cy,
            Color colour, LabelPlacer placer, double ppt, float halo) {
        if (lines.isEmpty()) {
            return;
        }
        Font first = Fonts.bold((float) (9.5 * ppt));
        Font rest = Fonts.regular((float) (9 * ppt));
        double lineHeight = 11.5 * ppt;
        double blockHeight = lineHeight * lines.size();
        for (double shift : new double[] {0, -blockHeight - 2 * ppt, blockHeight + 2 * ppt}) {
            double top = cy + shift - blockHeight / 2;
            Rectangle2D all = null;
            double[] xs = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                Rectangle2D b = TextPainter.bounds(lines.get(i), i == 0 ? first : rest);
                double baseline = top + lineHeight * i + lineHeight * 0.78;
                xs[i] = cx - b.getWidth() / 2 - b.getX();
                Rectangle2D box = new Rectangle2D.Double(xs[i] + b.getX() - halo, baseline + b.getY() - halo,
                        b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
                all = all == null ? box : all.createUnion(box);
            }
            if (placer != null && !placer.isFree(all)) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                drawText(g, o, lines.get(i), i == 0 ? first : rest, xs[i], top + lineHeight * i + lineHeight * 0.78,
                        0, colour, halo);
            }
            if (placer != null) {
                placer.reserve(all);
            }
            return;
        }
    }

    private static void placeFirstFree(Graphics2D g, RenderOptions o, String text, Font font, Rectangle2D b,
            double[][] origins, Color colour, LabelPlacer placer, float halo) {
        for (double[] origin : origins) {
            Rectangle2D box = new Rectangle2D.Double(origin[0] + b.getX() - halo, origin[1] + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            if (placer == null || placer.tryPlace(box)) {
                drawText(g, o, text, font, origin[0], origin[1], 0, colour, halo);
                return;
            }
        }
    }

    private static void drawText(Graphics2D g, RenderOptions o, String text, Font font, double x, double y,
            double angle, Color colour, float halo) {
        if (o.vectorText() || angle != 0) {
            TextPainter.draw(g, text, font, x, y, angle, colour, HALO, halo);
        } else {
            TextPainter.drawCached(g, text, font, x, y, colour, HALO, halo);
        }
    }

    // ------------------------------------------------------------------------------------------------- legend

    /**
     * The distinct looks among {@code visible}, one entry each, in a stable order: by kind (zones first, as in
     * {@link AnnotationKind}), side, zone status, variant, solid before dashed. Free text labels have no entry.
     */
    public static List<LegendEntry> legendFor(List<Annotation> visible) {
        Map<String, LegendEntry> distinct = new LinkedHashMap<>();
        for (Annotation a : visible) {
            if (a.kind() == AnnotationKind.LABEL) {
                continue;
            }
            LegendEntry e = LegendEntry.of(a);
            distinct.putIfAbsent(e.kind() + "|" + e.side() + "|" + e.status() + "|" + e.variant() + "|"
                    + e.tentative(), e);
        }
        List<LegendEntry> entries = new ArrayList<>(distinct.values());
        entries.sort(Comparator.comparingInt((LegendEntry e) -> e.kind().ordinal())
                .thenComparingInt(e -> sidedKind(e.kind()) ? e.side().ordinal() : 0)
                .thenComparingInt(e -> e.status() == null ? -1 : e.status().ordinal())
                .thenComparing(e -> e.variant() == null ? "" : e.variant())
                .thenComparing(LegendEntry::tentative));
        return entries;
    }

    private static boolean sidedKind(AnnotationKind kind) {
        return kind != AnnotationKind.EVACUATION && kind != AnnotationKind.DECLARATION;
    }

    /**
     * Draws the look of {@code e} small inside {@code box} (pixels): a patch for areas, a short arrow or line for
     * lines, the symbol for markers, "Aa" for text. Restores the clip and stroke.
     */
    public static void paintSwatch(Graphics2D g, LegendEntry e, Rectangle2D box, RenderOptions o) {
        Shape savedClip = g.getClip();
        Stroke savedStroke = g.getStroke();
        Paint savedPaint = g.getPaint();
        MapRenderer.applyHints(g);
        double ppt = o.pixelsPerPoint();
        Color side = new Color(e.side().colour());
        double inset = Math.min(box.getWidth(), box.getHeight()) * 0.08;
        Rectangle2D patch = new Rectangle2D.Double(box.getX() + inset, box.getY() + inset,
                box.getWidth() - 2 * inset, box.getHeight() - 2 * inset);
        double anchorX = box.getX();
        double anchorY = box.getY();
        // Line and symbol sizes shrink to fit the box height, never grow.
        double fit = Math.min(ppt, patch.getHeight() / 26);
        double cy = patch.getCenterY();
        switch (e.kind()) {
            case ZONE -> paintZone(DrawSurface.java2d(g), patch, side, e.status(), e.tentative(), ppt, box, anchorX, anchorY);
            case EVACUATION -> paintEvacuation(g, patch, e.tentative(), ppt);
            case DECLARATION -> paintDeclaration(g, patch, Math.min(7 * ppt, patch.getHeight() / 4), ppt);
            case BUFFER -> paintBuffer(DrawSurface.java2d(g), patch, bufferColour(e.side()), ppt, box, anchorX, anchorY);
            case MOVEMENT -> {
                String variant = e.variant() == null ? "movement" : e.variant();
                boolean main = variant.endsWith("+main");
                String style = main ? variant.substring(0, variant.length() - 5) : variant;
                double headWidth = switch (style) {
                    case "axis" -> AXIS_HEAD_WIDTH;
                    case "attack" -> ATTACK_HEAD_WIDTH;
                    default -> MOVEMENT_HEAD_WIDTH;
                };
                double s = Math.min(ppt, patch.getHeight() / (headWidth + 4));
                ScreenLine line = ScreenLine.of(new double[] {patch.getMinX(), patch.getMaxX()},
                        new double[] {cy, cy}, 2);
                paintArrow(g, line, style, side, e.tentative(), main, s);
            }
            case FRONTLINE -> {
                double s = Math.min(ppt, patch.getHeight() / 12);
                double y = cy + TOOTH_HEIGHT * s / 2;
                ScreenLine line = ScreenLine.of(new double[] {patch.getMinX(), patch.getMaxX()},
                        new double[] {y, y}, 2);
                paintFrontline(g, line, side, true, e.tentative(), s);
            }
            case MARKER -> {
                String symbol = e.variant() == null ? "dot" : e.variant();
                double s = Math.min(ppt, patch.getHeight() / (2 * symbolRadius(symbol) + 2));
                double y = symbol.equals("flag") ? cy + 8.5 * s : cy;
                paintSymbol(g, patch.getCenterX(), y, symbol, side, s);
            }
            case LABEL -> {
                Font font = Fonts.bold((float) Math.min(12 * ppt, patch.getHeight() * 0.9));
                Rectangle2D b = TextPainter.bounds("Aa", font);
                TextPainter.draw(g, "Aa", font, patch.getCenterX() - b.getWidth() / 2 - b.getX(),
                        cy - b.getHeight() / 2 - b.getY(), 0,
                        e.side() == Side.OTHER ? TEXT : darken(side, 0.85), HALO, (float) fit);
            }
        }
        g.setClip(savedClip);
        g.setStroke(savedStroke);
        g.setPaint(savedPaint);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    static Color darken(Color c, double f) {
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f), c.getAlpha());
    }

    /** A round-joined stroke; {@code dashPoints} (in points, scaled here) makes it dashed with butt caps. */
    static BasicStroke stroke(double widthPx, float[] dashPoints, double ppt) {
        if (dashPoints == null) {
            return new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[dashPoints.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) (dashPoints[i] * ppt);
        }
        return new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }
}
