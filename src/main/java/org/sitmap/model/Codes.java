package org.sitmap.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case interchange codes of the model's enums (`assessed_control`, `ukraine`...), both ways. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code, ignoring case and surrounding space; the message lists the accepted codes. */
    static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        String wanted = code == null ? "" : code.trim();
        for (E e : type.getEnumConstants()) {
            if (of(e).equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + code + "\"; expected " + Arrays.stream(
                type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", ")));
    }
}
