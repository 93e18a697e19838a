package org.sitmap.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.sitmap.geo.Geodesy;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Confidence;
import org.sitmap.model.Distances;
import org.sitmap.model.KindAttribute;
import org.sitmap.model.SideList;
import org.sitmap.model.ZoneStatus;

/**
 * Which rows the property form has for one annotation: the fields every annotation has, then its kind's own, then
 * measures (geodesic area or length). Each row says how to read its value and how to make the edited annotation;
 * the form turns a commit into one undoable change. Stateless.
 */
final class AnnotationProperties {
    static final String GENERAL = "General";
    static final String MEASURES = "Measures";
    private static final DateText DATES = DateText.forDefaultLocale();

    private AnnotationProperties() {
    }

    /** The rows of {@code a}'s form; the side is picked among the briefing's {@code sides} by name. */
    static List<PropertyRow<?>> rowsFor(Annotation a, SideList sides) {
        List<PropertyRow<?>> rows = new ArrayList<>();
        rows.add(new PropertyRow<>(GENERAL, "title", "Title", id -> new TextCommitField("Title", id),
                Annotation::title, Annotation::withTitle));
        List<BriefingSide> choices = new ArrayList<>(sides.list());
        if (!sides.contains(a.side())) {
            choices.add(sides.resolve(a.side()));
        }
        rows.add(choice(GENERAL, "side", "Side", choices, x -> sides.resolve(x.side()),
                (x, s) -> x.withSide(s.side())));
        if (a.kind().descriptor().hasStatus()) {
            rows.add(choice(GENERAL, "status", "Status", List.of(ZoneStatus.values()), Annotation::status,
                    Annotation::withStatus));
        }
        rows.add(choice(GENERAL, "confidence", "Confidence", List.of(Confidence.values()), Annotation::confidence,
                Annotation::withConfidence));
        rows.add(new PropertyRow<>(GENERAL, "validFrom", "Valid from", id -> new DateField("Valid from", id),
                Annotation::validFrom, AnnotationProperties::withValidFrom));
        rows.add(new PropertyRow<>(GENERAL, "validTo", "Valid to", id -> new DateField("Valid to", id),
                Annotation::validTo, AnnotationProperties::withValidTo));
        rows.add(new PropertyRow<>(GENERAL, "source", "Source", id -> new TextCommitField("Source", id),
                Annotation::source, (x, s) -> x.withSource(s, x.sourceUrl())));
        rows.add(new PropertyRow<>(GENERAL, "sourceUrl", "Source URL", id -> new TextCommitField("Source URL", id),
                Annotation::sourceUrl, (x, s) -> x.withSource(x.source(), s)));
        rows.add(new PropertyRow<>(GENERAL, "notes", "Notes", id -> new NotesField("Notes", id), Annotation::notes,
                Annotation::withNotes));
        rows.add(new PropertyRow<>(GENERAL, "locked", "Locked", PickField::check, Annotation::locked,
                Annotation::withLocked));
        kindRows(a, a.kind().label(), rows);
        measureRows(a, rows);
        return rows;
    }

    /** Whether a row stays editable on a locked annotation: only the lock itself does. */
    static boolean editableWhenLocked(PropertyRow<?> row) {
        return row.key().equals("locked");
    }

    /** A message of the model made readable: its internal attribute names replaced by the form's labels. */
    static String inWords(String modelMessage) {
        String s = String.valueOf(modelMessage).replace("valid_from", "Valid from").replace("valid_to", "Valid to")
                .replace("radius_km", "radius in km").replace("radii_km", "radii in km");
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The kind's own rows, as its descriptor lists its attributes. */
    private static void kindRows(Annotation a, String own, List<PropertyRow<?>> rows) {
        for (KindAttribute k : a.kind().descriptor().attributes(a)) {
            rows.add(row(own, k));
        }
    }

    private static PropertyRow<?> row(String own, KindAttribute k) {
        return switch (k.type()) {
            case TEXT -> text(own, k.formKey(), k.label(), k.name());
            case WHOLE_NUMBER, NUMBER -> number(own, k.formKey(), k.label(), k.name(),
                    k.type() == KindAttribute.Type.WHOLE_NUMBER, k.minimum(), k.minimumIncluded());
            case DATE -> new PropertyRow<>(own, k.formKey(), k.label(), id -> new DateField(k.label(), id),
                    x -> storedDate(x.text(k.name())),
                    (x, d) -> x.withAttribute(k.name(), d == null ? null : d.toString()));
            case FLAG -> flag(own, k.formKey(), k.label(), k.name());
            case CHOICE -> named(own, k.formKey(), k.label(), k.name(), k.choices());
            case DISTANCES -> new PropertyRow<>(own, k.formKey(), k.label(), id -> new TextCommitField(k.label(), id),
                    x -> Distances.format(x.attribute(k.name())),
                    (x, s) -> x.withAttribute(k.name(), Distances.parse(k.label(), s)));
        };
    }

    private static void measureRows(Annotation a, List<PropertyRow<?>> rows) {
        if (a.geometry() instanceof Polygonal) {
            rows.add(readOnly("area", "Area (km², geodesic)",
                    x -> String.format(Locale.getDefault(), "%,.1f", Geodesy.areaKm2(x.geometry()))));
        } else if (a.geometry() instanceof LineString) {
            rows.add(readOnly("length", "Length (km, geodesic)",
                    x -> String.format(Locale.getDefault(), "%,.1f", Geodesy.lengthKm((LineString) x.geometry()))));
        }
        rows.add(readOnly("kind", "Kind", x -> x.kind().label()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault());
        rows.add(readOnly("modified", "Modified", x -> when.format(x.modified())));
    }

    private static Annotation withValidFrom(Annotation x, LocalDate from) {
        if (from != null && x.validTo() != null && x.validTo().isBefore(from)) {
            throw new IllegalArgumentException("Valid from (" + DATES.format(from) + ") is after Valid to ("
                    + DATES.format(x.validTo()) + ")");
        }
        return x.withValidity(from, x.validTo());
    }

    private static Annotation withValidTo(Annotation x, LocalDate to) {
        if (to != null && x.validFrom() != null && to.isBefore(x.validFrom())) {
            throw new IllegalArgumentException("Valid to (" + DATES.format(to) + ") is before Valid from ("
                    + DATES.format(x.validFrom()) + ")");
        }
        return x.withValidity(x.validFrom(), to);
    }

    /** A stored date attribute (ISO, or as someone typed it into an imported file), or null. */
    private static LocalDate storedDate(String text) {
        try {
            return DATES.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> PropertyRow<T> choice(String section, String key, String label, List<T> values,
            Function<Annotation, T> read, BiFunction<Annotation, T, Annotation> write) {
        return new PropertyRow<>(section, key, label, id -> PickField.choice(id, values), read, write);
    }

    private static PropertyRow<Number> number(String section, String key, String label, String attribute,
            boolean whole, Double minimum, boolean minimumIncluded) {
        return new PropertyRow<>(section, key, label,
                id -> NumberField.of(label, id, whole, minimum, minimumIncluded),
                x -> x.attribute(attribute) instanceof Number n ? n : null, (x, n) -> x.withAttribute(attribute, n));
    }

    private static PropertyRow<String> text(String section, String key, String label, String attribute) {
        return new PropertyRow<>(section, key, label, id -> new TextCommitField(label, id), x -> x.text(attribute),
                (x, s) -> x.withAttribute(attribute, s == null || s.isBlank() ? null : s));
    }

    private static PropertyRow<Boolean> flag(String section, String key, String label, String attribute) {
        return new PropertyRow<>(section, key, label, PickField::check,
                x -> Boolean.TRUE.equals(x.attribute(attribute)),
                (x, b) -> x.withAttribute(attribute, Boolean.TRUE.equals(b) ? Boolean.TRUE : null));
    }

    /** An attribute holding one of an enum's codes; its first constant when missing or unknown. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PropertyRow<?> named(String section, String key, String label, String attribute,
            Class<? extends Enum<?>> type) {
        return namedOf(section, key, label, attribute, (Class) type);
    }

    private static <E extends Enum<E>> PropertyRow<E> namedOf(String section, String key, String label,
            String attribute, Class<E> type) {
        E fallback = type.getEnumConstants()[0];
        return choice(section, key, label, List.of(type.getEnumConstants()), x -> {
            String v = x.text(attribute);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            return fallback;
        }, (x, e) -> x.withAttribute(attribute, e == null ? null : e.name().toLowerCase(Locale.ROOT)));
    }

    private static PropertyRow<String> readOnly(String key, String label, Function<Annotation, String> read) {
        return new PropertyRow<>(MEASURES, key, label, ReadOnlyField::new, read, null);
    }
}
