package org.sitmap.style;

import java.util.Map;
import java.util.Set;

/**
 * The {@code when} part of a rule: for each field, the codes it accepts (any of them), or null for "any". An empty
 * selector matches every annotation.
 */
record Selector(Set<String> kinds, Set<String> sides, Set<String> affiliations, Set<String> statuses,
        Set<String> confidences, Set<String> variants, Boolean tentative) {

    static final Selector ANY = new Selector(null, null, null, null, null, null, null);

    /** The field names a sheet may use in {@code when}. */
    static final Set<String> FIELDS = Set.of("kind", "side", "affiliation", "status", "confidence", "variant",
            "tentative");

    static Selector of(Map<String, Set<String>> codes, Boolean tentative) {
        return new Selector(codes.get("kind"), codes.get("side"), codes.get("affiliation"), codes.get("status"),
                codes.get("confidence"), codes.get("variant"), tentative);
    }

    boolean matches(StyleKey key, String affiliation) {
        return accepts(kinds, key.kind()) && accepts(sides, key.side()) && accepts(affiliations, affiliation)
                && accepts(statuses, key.status()) && accepts(confidences, key.confidence())
                && accepts(variants, key.variant()) && (tentative == null || tentative == key.tentative());
    }

    private static boolean accepts(Set<String> allowed, String value) {
        return allowed == null || value != null && allowed.contains(value);
    }
}
