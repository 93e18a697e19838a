package org.sitmap.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an import does with annotations whose id the briefing already holds. The window asks the user (offering
 * {@link #NEW_IDS} and {@link #REPLACE}, or cancel); {@code sitmap import --on-clash} takes the {@link #option()}
 * name and refuses by default.
 */
public enum ClashPolicy {
    /** Import nothing at all (the command line's default). */
    REFUSE("refuse", "Cancel"),
    /** Import the clashing annotations as copies with new ids; the briefing's own stay as they are. */
    NEW_IDS("new-ids", "Keep both (new ids)"),
    /** The imported annotation takes the place of the briefing's one with its id (same place in drawing order). */
    REPLACE("replace", "Replace");

    private final String option;
    private final String label;

    ClashPolicy(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** The name on the command line, e.g. {@code new-ids}. */
    public String option() {
        return option;
    }

    /** The choice as the window offers it, e.g. "Keep both (new ids)". */
    public String label() {
        return label;
    }

    /** Parses a command-line name; throws with the accepted names listed. */
    public static ClashPolicy parse(String text) {
        for (ClashPolicy p : values()) {
            if (p.option.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown clash policy '" + text + "'; expected "
                + Arrays.stream(values()).map(ClashPolicy::option).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return option.toLowerCase(Locale.ROOT);
    }
}
