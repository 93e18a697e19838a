package org.sitmap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.sitmap.geo.Geodesy;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/**
 * The rows of the property sheet for one annotation: the fields every annotation has, then its kind's own, then
 * measures (geodesic area or length). Setting a value makes one undoable change through the view model.
 */
final class AnnotationProperties {
    private AnnotationProperties() {
    }

    /** The arrow styles the painter knows. */
    enum ArrowStyle {
        MOVEMENT, AXIS, ATTACK;

        @Override
        public String toString() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** Which side of the line a frontline's teeth face. */
    enum Teeth {
        LEFT, RIGHT;

        @Override
        public String toString() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** Marker symbols. */
    enum Symbol {
        DOT, STAR, FLAG, X, POW;

        @Override
        public String toString() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    static List<PropertySheet.Item> itemsFor(Annotation a, BriefingViewModel vm) {
        List<PropertySheet.Item> items = new ArrayList<>();
        String general = "1 · General";
        items.add(new Row<>(a, vm, general, "Title", String.class, Annotation::title, Annotation::withTitle));
        items.add(new Row<>(a, vm, general, "Side", Side.class, Annotation::side, Annotation::withSide));
        if (a.kind() == AnnotationKind.ZONE) {
            items.add(new Row<>(a, vm, general, "Status", ZoneStatus.class, Annotation::status,
                    Annotation::withStatus));
        }
        items.add(new Row<>(a, vm, general, "Confidence", Confidence.class, Annotation::confidence,
                Annotation::withConfidence));
        items.add(new Row<>(a, vm, general, "Valid from", LocalDate.class, Annotation::validFrom,
                (x, d) -> x.withValidity(d, x.validTo())));
        items.add(new Row<>(a, vm, general, "Valid to", LocalDate.class, Annotation::validTo,
                (x, d) -> x.withValidity(x.validFrom(), d)));
        items.add(new Row<>(a, vm, general, "Source", String.class, Annotation::source,
                (x, s) -> x.withSource(s, x.sourceUrl())));
        items.add(new Row<>(a, vm, general, "Source URL", String.class, Annotation::sourceUrl,
                (x, s) -> x.withSource(x.source(), s)));
        items.add(new Row<>(a, vm, general, "Notes", String.class, Annotation::notes, Annotation::withNotes));
        items.add(new Row<>(a, vm, general, "Locked", Boolean.class, Annotation::locked, Annotation::withLocked));

        String own = "2 · " + a.kind().label();
        switch (a.kind()) {
            case EVACUATION -> {
                items.add(number(a, vm, own, "People evacuated", Annotation.EVACUATED, true));
                items.add(text(a, vm, own, "Ordered by", Annotation.ORDERED_BY));
                items.add(text(a, vm, own, "Date ordered", Annotation.DATE_ORDERED));
                if (a.geometry() instanceof org.locationtech.jts.geom.Point) {
                    items.add(number(a, vm, own, "Radius (km)", Annotation.RADIUS_KM, false));
                }
            }
            case DECLARATION -> {
                items.add(text(a, vm, own, "Region (ISO 3166-2)", Annotation.REGION));
                items.add(text(a, vm, own, "Level", Annotation.LEVEL));
            }
            case MOVEMENT -> {
                items.add(text(a, vm, own, "Unit / formation", Annotation.UNIT));
                items.add(text(a, vm, own, "Size", Annotation.SIZE));
                items.add(choice(a, vm, own, "Arrow style", Annotation.ARROW_STYLE, ArrowStyle.class,
                        ArrowStyle.MOVEMENT));
                items.add(flag(a, vm, own, "Planned", "planned"));
                items.add(flag(a, vm, own, "Main attack (chevron)", "main_attack"));
            }
            case FRONTLINE -> items.add(choice(a, vm, own, "Teeth face", Annotation.TEETH, Teeth.class,
                    Teeth.LEFT));
            case MARKER -> items.add(choice(a, vm, own, "Symbol", Annotation.SYMBOL, Symbol.class, Symbol.DOT));
            case LABEL -> {
                items.add(number(a, vm, own, "Rotation (°)", Annotation.ROTATION, false));
                items.add(number(a, vm, own, "Text size (pt)", Annotation.SIZE, false));
            }
            default -> {
            }
        }
        String measures = "3 · Measures";
        if (a.geometry() instanceof Polygonal) {
            items.add(readOnly(measures, "Area (km², geodesic)",
                    String.format(Locale.ROOT, "%,.1f", Geodesy.areaKm2(a.geometry()))));
        } else if (a.geometry() instanceof LineString l) {
            items.add(readOnly(measures, "Length (km, geodesic)",
                    String.format(Locale.ROOT, "%,.1f", Geodesy.lengthKm(l))));
        }
        items.add(readOnly(measures, "Kind", a.kind().label()));
        items.add(readOnly(measures, "Modified", a.modified().toString()));
        return items;
    }

    private static PropertySheet.Item number(Annotation a, BriefingViewModel vm, String cat, String name, String key,
            boolean integral) {
        return new Row<>(a, vm, cat, name, Double.class, x -> {
            Object v = x.attribute(key);
            // ControlsFX's number editor cannot show null: an absent number shows as 0 until it is set.
            return v instanceof Number n ? n.doubleValue() : 0.0;
        }, (x, d) -> x.withAttribute(key, d == null ? null : integral ? (Object) Math.round(d) : d));
    }

    private static PropertySheet.Item text(Annotation a, BriefingViewModel vm, String cat, String name, String key) {
        return new Row<>(a, vm, cat, name, String.class, x -> x.text(key),
                (x, s) -> x.withAttribute(key, s == null || s.isBlank() ? null : s));
    }

    private static PropertySheet.Item flag(Annotation a, BriefingViewModel vm, String cat, String name, String key) {
        return new Row<>(a, vm, cat, name, Boolean.class, x -> Boolean.TRUE.equals(x.attribute(key)),
                (x, b) -> x.withAttribute(key, Boolean.TRUE.equals(b) ? Boolean.TRUE : null));
    }

    private static <E extends Enum<E>> PropertySheet.Item choice(Annotation a, BriefingViewModel vm, String cat,
            String name, String key, Class<E> type, E fallback) {
        return new Row<>(a, vm, cat, name, type, x -> {
            String v = x.text(key);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            return fallback;
        }, (x, e) -> x.withAttribute(key, e == null ? null : e.name().toLowerCase(Locale.ROOT)));
    }

    private static PropertySheet.Item readOnly(String cat, String name, String value) {
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return String.class;
            }

            @Override
            public String getCategory() {
                return cat;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return name;
            }

            @Override
            public Object getValue() {
                return value;
            }

            @Override
            public void setValue(Object v) {
            }

            @Override
            public boolean isEditable() {
                return false;
            }

            @Override
            public Optional<ObservableValue<? extends Object>> getObservableValue() {
                return Optional.empty();
            }
        };
    }

    /** One editable row bound to a getter and a "with" function of the annotation. */
    private static final class Row<T> implements PropertySheet.Item {
        private final Annotation annotation;
        private final BriefingViewModel vm;
        private final String category;
        private final String name;
        private final Class<T> type;
        private final Function<Annotation, T> getter;
        private final BiFunction<Annotation, T, Annotation> with;

        Row(Annotation annotation, BriefingViewModel vm, String category, String name, Class<T> type,
                Function<Annotation, T> getter, BiFunction<Annotation, T, Annotation> with) {
            this.annotation = annotation;
            this.vm = vm;
            this.category = category;
            this.name = name;
            this.type = type;
            this.getter = getter;
            this.with = with;
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return name + " of " + annotation.displayName();
        }

        @Override
        public Object getValue() {
            return getter.apply(annotation);
        }

        @Override
        public void setValue(Object value) {
            Annotation current = vm.briefing().get(annotation.id());
            if (current == null) {
                return;
            }
            try {
                Annotation after = with.apply(current, type.cast(value));
                vm.change(current, after, "Edit " + name.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                vm.reportProblem("Not changed", e.getMessage());
            }
        }

        @Override
        public boolean isEditable() {
            return !annotation.locked() || "Locked".equals(name);
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
