package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Draws the {@link MarkerSymbol}s at a point (sizes in points) and says how big each is, so the label, the legend
 * swatch and the hit test keep to the drawn symbol. Stateless, thread-safe.
 */
final class Symbols {
    /** Height of the flag's staff above its point, in points. */
    static final double FLAG_POLE = 17;
    /** Height of the flag's cloth at the staff, in points. */
    static final double FLAG_CLOTH = 7;

    private Symbols() {
    }

    /**
     * How far above its point a symbol's middle is, in points: a flag flies above its point, so the legend centres
     * it and a click hits it there; other symbols sit on their point.
     */
    static double rise(MarkerSymbol symbol) {
        return symbol == MarkerSymbol.FLAG ? 8.5 : 0;
    }

    /** How far above its point a symbol's label is centred, in points: level with a flag's cloth. */
    static double labelRise(MarkerSymbol symbol) {
        return symbol == MarkerSymbol.FLAG ? FLAG_POLE - FLAG_CLOTH / 2 : 0;
    }


    /** The symbol's radius in points: how far its label keeps away, how far a click still hits it. */
    static double radius(MarkerSymbol symbol) {
        return switch (symbol) {
            case STAR -> 8;
            case FLAG -> 9;
            case X -> 6.5;
            case POW -> 11.5;
            case DOT -> 5.5;
        };
    }

    /**
     * {@code symbol} at (x, y) in {@code side}'s colour with its rim, casing, details and line widths from
     * {@code st} (the style of a marker, or of whatever draws a dot: a range ring's centre, a too short arrow).
     */
    static void paint(Graphics2D g, double x, double y, MarkerSymbol symbol, Style st, Color side, double ppt) {
        Object before = DrawingMarks.mark(g, DrawingMarks.SYMBOL);
        try {
            paintSymbol(g, x, y, symbol, st, side, ppt);
        } finally {
            DrawingMarks.mark(g, before);
        }
    }

    private static void paintSymbol(Graphics2D g, double x, double y, MarkerSymbol symbol, Style st, Color side,
            double ppt) {
        Color rim = AnnotationStyles.colour(st, StyleProperty.SYMBOL_OUTLINE);
        BasicStroke outline = new BasicStroke((float) (st.number(StyleProperty.SYMBOL_OUTLINE_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        switch (symbol) {
            case STAR -> {
                Shape star = star(x, y, 8.5 * ppt, 3.6 * ppt);
                fillOutlined(g, star, rim, side, outline);
            }
            case FLAG -> {
                double pole = FLAG_POLE * ppt;
                Path2D.Double flag = new Path2D.Double();
                flag.moveTo(x, y - pole);
                flag.lineTo(x + 11 * ppt, y - pole + FLAG_CLOTH / 2 * ppt);
                flag.lineTo(x, y - pole + FLAG_CLOTH * ppt);
                flag.closePath();
                Line2D staff = new Line2D.Double(x, y, x, y - pole);
                g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
                g.setStroke(new BasicStroke((float) (st.number(StyleProperty.CASING_WIDTH) * ppt),
                        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(staff);
                fillOutlined(g, flag, rim, side, outline);
                Color detail = AnnotationStyles.colour(st, StyleProperty.SYMBOL_DETAIL);
                g.setColor(detail);
                g.setStroke(new BasicStroke((float) (st.number(StyleProperty.WIDTH) * ppt),
                        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(staff);
                double r = 2.2 * ppt;
                fillOutlined(g, new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), rim, detail,
                        new BasicStroke((float) (st.number(StyleProperty.DETAIL_CASING_WIDTH) * ppt)));
            }
            case X -> cross(g, x, y, st, side, ppt);
            case POW -> {
                Font font = Fonts.bold((float) (6.5 * ppt));
                Rectangle2D tb = TextPainter.bounds("POW", font);
                double w = tb.getWidth() + 5 * ppt;
                double h = tb.getHeight() + 4.5 * ppt;
                Shape badge = new RoundRectangle2D.Double(x - w / 2, y - h / 2, w, h, 2.5 * ppt, 2.5 * ppt);
                fillOutlined(g, badge, rim, side, outline);
                g.setColor(AnnotationStyles.colour(st, StyleProperty.SYMBOL_DETAIL));
                Shape text = TextPainter.outline("POW", font);
                AffineTransform at = AffineTransform.getTranslateInstance(x - tb.getWidth() / 2 - tb.getX(),
                        y + tb.getHeight() / 2 - (tb.getHeight() + tb.getY()));
                g.fill(at.createTransformedShape(text));
            }
            case DOT -> {
                double r = 4.5 * ppt;
                fillOutlined(g, new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), rim, side, outline);
            }
        }
    }

    /** The X: a side-coloured cross on a casing. */
    private static void cross(Graphics2D g, double x, double y, Style st, Color side, double ppt) {
        double r = 5.5 * ppt;
        Path2D.Double cross = new Path2D.Double();
        cross.moveTo(x - r, y - r);
        cross.lineTo(x + r, y + r);
        cross.moveTo(x - r, y + r);
        cross.lineTo(x + r, y - r);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.CASING_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cross);
        g.setColor(side);
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cross);
    }

    private static void fillOutlined(Graphics2D g, Shape s, Color rim, Color fill, Stroke outline) {
        g.setColor(rim);
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
}
