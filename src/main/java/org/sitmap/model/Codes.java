package org.sitmap.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case interchange codes of the model's enums (`assessed_control`, `ukraine`...), both ways. */
final class Codes {
    /** Each enum's codes by ordinal, made once: a frame asks for thousands (style look-ups). */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    private Codes() {
    }

    static String of(Enum<?> value) {
        return CODES.get(value.getDeclaringClass())[value.ordinal()];
    }

    /** The constant whose code {@code stored} is (any case, trimmed), or {@code fallback} for anything else. */
    static <E extends Enum<E>> E lenient(Class<E> type, Object stored, E fallback) {
        String wanted = stored == null ? "" : stored.toString().trim();
        for (E e : type.getEnumConstants()) {
            if (of(e).equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        return fallback;
    }

    /** The accepted codes of an enum, for messages: "dot, star, flag". */
    static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }

    /** Parses a code, ignoring case and surrounding space; the message lists the accepted codes. */
    static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        String wanted = code == null ? "" : code.trim();
        for (E e : type.getEnumConstants()) {
            if (of(e).equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + code + "\"; expected " + list(type));
    }
}
