package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.model.Annotation;
import org.sitmap.model.LabelPins;
import org.sitmap.render.label.CollisionGrid;
import org.sitmap.render.label.LabelEngine;
import org.sitmap.render.label.LabelJob;
import org.sitmap.render.label.Placement;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Collects the annotations' labels of one frame as {@link LabelJob}s (kind painters say what to write and where it
 * may go), places them all at once with the {@link LabelEngine} in the frame's grid, then draws them, with leader
 * lines where a label had to move away from what it names. Annotation labels are placed before the base map's
 * names, so they win. Not thread-safe: one per frame.
 */
final class AnnotationLabeller {
    /** Priorities: what is dropped last on a crowded map. */
    static final int RANK_MARKER = 70;
    static final int RANK_MOVEMENT = 60;
    static final int RANK_DECLARATION = 55;
    static final int RANK_EVACUATION = 50;
    static final int RANK_RING = 45;
    static final int RANK_AREA = 40;
    static final int RANK_LINE = 30;
    static final int RANK_DETAIL = 10;

    /** What labels are drawn on: given when the frame draws them, after placing (which may run on another thread). */
    private Graphics2D g;
    /** For a part: the frame's labeller that took its jobs, whose graphics they draw on. */
    private AnnotationLabeller takenBy;
    private final RenderOptions o;
    private final CollisionGrid grid;
    private final LabelEngine engine;
    private final double ppt;
    private final Viewport v;
    private final Map<LabelJob, Style> leaderStyles = new HashMap<>();
    private Annotation current;
    private Point2D pin;
    /** Whether the current annotation's labels are offered; its obstacles are reserved either way. */
    private boolean offered = true;
    /** The obstacles the current annotation reserved (its symbol, its arrow): its own leader may leave them. */
    private final List<Rectangle2D> ownObstacles = new ArrayList<>();
    /** The engine's placements, once placed. */
    private List<Placement> placements;
    /** A part's obstacles and jobs, for the frame's labeller to take ({@link #absorb}); null in that labeller. */
    private final Collected later;

    /** What a part of a frame's annotations asked for, in their order. */
    private record Collected(List<Rectangle2D> reserved, List<LabelJob> jobs) {
    }

    /** @param grid the frame's label grid (obstacles and reserved areas in it), or null for a grid of its own */
    AnnotationLabeller(Viewport v, RenderOptions o, CollisionGrid grid) {
        this.o = o;
        this.v = v;
        this.grid = grid != null ? grid : LabelPlacer.insideFrame(v.width(), v.height());
        this.ppt = o.pixelsPerPoint();
        this.engine = new LabelEngine(this.grid, ppt);
        this.later = null;
    }

    private AnnotationLabeller(Viewport v, RenderOptions o) {
        this.o = o;
        this.v = v;
        this.grid = null;
        this.ppt = o.pixelsPerPoint();
        this.engine = null;
        this.later = new Collected(new ArrayList<>(), new ArrayList<>());
    }

    /**
     * A labeller that collects the labels of a part of a frame's annotations, beside other parts on other threads,
     * placing nothing: the frame's labeller then takes each part's in order ({@link #absorb}).
     */
    static AnnotationLabeller part(Viewport v, RenderOptions o) {
        return new AnnotationLabeller(v, o);
    }

    /**
     * Takes what {@code part} collected as if its annotations had been collected here: obstacles reserved (in
     * any order: a box is taken or not), jobs after those collected so far.
     */
    void absorb(AnnotationLabeller part) {
        part.takenBy = this;
        part.later.reserved().forEach(grid::reserve);
        part.later.jobs().forEach(engine::add);
        leaderStyles.putAll(part.leaderStyles);
    }

    private void reserve(Rectangle2D box) {
        if (later == null) {
            grid.reserve(box);
        } else {
            later.reserved().add(box);
        }
    }

    private void add(LabelJob job) {
        if (later == null) {
            engine.add(job);
        } else {
            later.jobs().add(job);
        }
    }

    double ppt() {
        return ppt;
    }

    /** Starts the labels of {@code a}: its main label goes where the user pinned it, if they did. */
    void begin(Annotation a) {
        begin(a, true);
    }

    /**
     * Starts {@code a}; when not {@code offered} (a crowd's label left out by {@link LabelThinning}) its symbol and
     * arrow still keep other labels off, but only its free text, which is all it shows, is placed.
     */
    void begin(Annotation a, boolean offered) {
        this.offered = offered;
        current = a;
        ownObstacles.clear();
        double[] at = LabelPins.of(a);
        pin = at == null ? null : v.lonLatToScreen(at[0], at[1]);
    }

    /** The text an annotation's label shows, as its painter words it (one place for every kind). */
    String labelText(Annotation a, String text) {
        return text;
    }

    /**
     * Whether the current annotation offers its labels; when not, its painter need only reserve its obstacles (the
     * main label it would ask for is neither measured nor placed).
     */
    boolean offersLabels() {
        return offered;
    }

    /**
     * The job a main label of an annotation whose labels are not offered gets: unmeasured (a crowd's thousands of
     * left-out titles were each laid out as glyphs, a third of a 10,000-annotation frame), never placed.
     */
    private LabelJob notOffered(double anchorX, double anchorY, int rank) {
        return new LabelJob(0, 0, anchorX, anchorY, rank, null, (x, y) -> {
        });
    }

    /** The halo width {@code st} sets, in pixels. */
    float halo(Style st) {
        return (float) (st.number(StyleProperty.HALO_WIDTH) * ppt);
    }

    /** Marks a box as taken (a symbol, an arrow head), so no label is placed over it. */
    void obstacle(Rectangle2D box) {
        reserve(box);
        ownObstacles.add(box);
    }

    /**
     * The main label of an area: centred lines, the first bold, at the area's {@code spot} (or just above or
     * below, or beside it), else on a leader; fonts, line height, colour and halo as {@code st} says.
     */
    LabelJob block(List<String> lines, double anchorX, double anchorY, Style st, int rank) {
        if (lines.isEmpty()) {
            return null;
        }
        if (!offered) {
            return notOffered(anchorX, anchorY, rank);
        }
        Font first = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        Font rest = Fonts.regular((float) (st.number(StyleProperty.SECONDARY_FONT_SIZE) * ppt));
        double lineHeight = st.number(StyleProperty.LINE_HEIGHT) * ppt;
        float halo = halo(st);
        Color colour = AnnotationStyles.colour(st, StyleProperty.TEXT);
        // Lay the block out around (0, 0): x centred, top at 0.
        Rectangle2D all = null;
        double[] xs = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Rectangle2D b = TextPainter.bounds(lines.get(i), i == 0 ? first : rest);
            double baseline = lineHeight * i + lineHeight * 0.78;
            xs[i] = -b.getWidth() / 2 - b.getX();
            Rectangle2D box = new Rectangle2D.Double(xs[i] + b.getX() - halo, baseline + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            all = all == null ? box : all.createUnion(box);
        }
        Rectangle2D layout = all;
        LabelJob job = mainJob(layout.getWidth(), layout.getHeight(), anchorX, anchorY, rank, st, (x, y) -> {
            for (int i = 0; i < lines.size(); i++) {
                draw(lines.get(i), i == 0 ? first : rest, x - layout.getX() + xs[i],
                        y - layout.getY() + lineHeight * i + lineHeight * 0.78, 0, colour, st);
            }
        });
        return job;
    }

    /**
     * The main label of a point or line: one text in {@code font}, anchored at (anchorX, anchorY); the caller
     * offers its positions on the job returned.
     */
    LabelJob text(String text, Font font, double anchorX, double anchorY, Style st, int rank) {
        return text(text, font, anchorX, anchorY, st, StyleProperty.TEXT, rank);
    }

    /** As {@link #text(String, Font, double, double, Style, int)}, in the colour {@code st} gives {@code ink}. */
    LabelJob text(String text, Font font, double anchorX, double anchorY, Style st, StyleProperty ink, int rank) {
        if (!offered) {
            return notOffered(anchorX, anchorY, rank);
        }
        Rectangle2D b = TextPainter.bounds(text, font);
        float halo = halo(st);
        Color colour = AnnotationStyles.colour(st, ink);
        return mainJob(b.getWidth() + 2 * halo, b.getHeight() + 2 * halo, anchorX, anchorY, rank, st,
                (x, y) -> draw(text, font, x + halo - b.getX(), y + halo - b.getY(), 0, colour, st));
    }

    private LabelJob mainJob(double w, double h, double ax, double ay, int rank, Style st, LabelJob.Painter painter) {
        LabelJob job = new LabelJob(w, h, ax, ay, rank, current == null ? null : current.id(), painter);
        if (pin != null) {
            job.pinnedAt(pin.getX(), pin.getY());
        }
        Rectangle2D own = null;
        for (Rectangle2D o : ownObstacles) {
            if (o.contains(ax, ay)) {
                own = own == null ? o : own.createUnion(o);
            }
        }
        job.leaderLeaves(own);
        if (offered) {
            leaderStyles.put(job, st);
            add(job);
        }
        return job;
    }

    /**
     * A secondary text (a ring's distance) at the first free of {@code origins} (baseline starts); dropped when
     * none is free, never on a leader. The halo as {@code st} says.
     */
    void firstFree(String text, Font font, Rectangle2D b, double[][] origins, Color colour, Style st) {
        float halo = halo(st);
        LabelJob job = new LabelJob(b.getWidth() + 2 * halo, b.getHeight() + 2 * halo, origins[0][0],
                origins[0][1], RANK_DETAIL, null,
                (x, y) -> draw(text, font, x + halo - b.getX(), y + halo - b.getY(), 0, colour, st));
        for (double[] origin : origins) {
            job.candidate(origin[0] + b.getX() - halo, origin[1] + b.getY() - halo);
        }
        if (offered) {
            add(job.withoutLeader());
        }
    }

    /**
     * Free text, which is all label: drawn where it stands, rotated about its centre (cx, cy), whatever it covers;
     * later labels keep out of its box. {@code x, y} is the baseline origin.
     */
    void fixed(String text, Font font, double x, double y, double angle, double cx, double cy, Style st) {
        Rectangle2D b = TextPainter.bounds(text, font);
        Rectangle2D box = labelBox(cx, cy, b, angle, halo(st));
        Color colour = AnnotationStyles.colour(st, StyleProperty.TEXT);
        LabelJob job = new LabelJob(box.getWidth(), box.getHeight(), cx, cy, RANK_MARKER, null,
                (bx, by) -> draw(text, font, x, y, angle, colour, st));
        add(job.fixedAt(box.getX(), box.getY()));
    }

    /**
     * Offers {@code job} positions beside a line: at its middle, then further along either way, on the side facing
     * up the screen first, each with its box {@code clearance} pixels off the line.
     */
    static void offerAlong(LabelJob job, ScreenLine line, double clearance) {
        double[] m = new double[4];
        for (double f : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            line.at(line.length() * f, m);
            double nx = m[3];
            double ny = -m[2];
            if (ny > 0) {
                nx = -nx;
                ny = -ny;
            }
            // Push the box centre out until the box clears the line.
            double reach = clearance + Math.abs(nx) * job.width() / 2 + Math.abs(ny) * job.height() / 2;
            job.centredAt(m[0] + nx * reach, m[1] + ny * reach);
            job.centredAt(m[0] - nx * reach, m[1] - ny * reach);
        }
    }

    /** Places every label collected, without drawing. */
    List<Placement> place() {
        if (placements == null) {
            placements = engine.place();
        }
        return placements;
    }

    /**
     * Places every label collected (if not yet), draws leaders then labels onto {@code graphics}; returns each main
     * label's box. Collecting and placing need no graphics, so they may run on another thread, beside the frame's
     * shapes.
     */
    Map<String, Rectangle2D> finish(Graphics2D graphics) {
        this.g = graphics;
        List<Placement> placed = place();
        Map<String, Rectangle2D> boxes = new HashMap<>();
        for (Placement p : placed) {
            if (p.leader() != null) {
                leader(p);
            }
            if (p.job().key() != null) {
                boxes.putIfAbsent(p.job().key(), p.box());
            }
        }
        for (Placement p : placed) {
            p.paint();
        }
        return boxes;
    }

    /** A thin line in the label's text colour on a casing, from the anchor to the box, as the sheet says. */
    private void leader(Placement p) {
        Style st = leaderStyles.get(p.job());
        g.setColor(AnnotationStyles.colour(st, StyleProperty.LEADER_CASING));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.LEADER_CASING_WIDTH) * ppt), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(p.leader());
        g.setColor(AnnotationStyles.colour(st, StyleProperty.TEXT));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.LEADER_WIDTH) * ppt), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(p.leader());
    }

    /** Draws text with the halo {@code st} sets; upright raster text goes through the glyph cache. */
    void draw(String text, Font font, double x, double y, double angle, Color colour, Style st) {
        Graphics2D g = takenBy == null ? this.g : takenBy.g;
        Color haloColour = AnnotationStyles.colour(st, StyleProperty.HALO);
        if (o.vectorText() || angle != 0) {
            TextPainter.draw(g, text, font, x, y, angle, colour, haloColour, halo(st));
        } else {
            TextPainter.drawCached(g, text, font, x, y, colour, haloColour, halo(st));
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
}
