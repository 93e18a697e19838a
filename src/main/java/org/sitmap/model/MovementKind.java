package org.sitmap.model;

import java.util.List;

/**
 * Movement arrow from origin to destination: a line; the {@code unit} moving, its {@code size}, the arrow
 * {@code style} ({@link ArrowStyle}), whether it is {@code planned} (dashed) and whether an axis is the
 * {@code main_attack} (a chevron).
 */
public final class MovementKind extends KindDescriptor {
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.text(Annotation.UNIT, "unit", "Unit / formation"),
            KindAttribute.text(Annotation.SIZE, "size", "Size"),
            KindAttribute.choice(Annotation.ARROW_STYLE, "arrowStyle", "Arrow style", ArrowStyle.class),
            KindAttribute.flag(Annotation.PLANNED, "planned", "Planned"),
            KindAttribute.flag(Annotation.MAIN_ATTACK, "mainAttack", "Main attack (chevron)"));

    MovementKind() {
        super(AnnotationKind.MOVEMENT);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Arrow", 'M');
    }

    @Override
    public void applyDefaults(Annotation.Builder b) {
        b.attribute(Annotation.ARROW_STYLE, ArrowStyle.MOVEMENT.code());
    }

    public static ArrowStyle style(Annotation a) {
        return ArrowStyle.of(a.attribute(Annotation.ARROW_STYLE));
    }

    /** A movement marked {@code planned} is drawn dashed. */
    public static boolean planned(Annotation a) {
        return Boolean.parseBoolean(String.valueOf(a.attribute(Annotation.PLANNED)));
    }

    /** True for an arrow marked {@code main_attack}. */
    public static boolean mainAttack(Annotation a) {
        return Boolean.parseBoolean(String.valueOf(a.attribute(Annotation.MAIN_ATTACK)));
    }

    @Override
    public KindLook legendVariant(Annotation a) {
        return new ArrowLook(style(a), mainAttack(a));
    }

    /** The unit carries the label on the map, so a note mark goes there (the title when no unit is named). */
    @Override
    public Annotation withLabelMark(Annotation a, String mark) {
        String unit = a.text(Annotation.UNIT);
        return unit == null || unit.isBlank() ? super.withLabelMark(a, mark)
                : a.withAttribute(Annotation.UNIT, unit + mark);
    }
}
