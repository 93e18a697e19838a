package org.sitmap.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.BriefingInfo;

/**
 * The style sheets shipped with Sitmap, read once from this package's resources. To ship another, add its JSON
 * beside {@code classic.json} and its file name to {@link #FILES}.
 *
 * <p>Thread-safe.
 */
public final class StyleSheets {
    /** The sheet of briefings that name none: the look Sitmap always had. */
    public static final String DEFAULT_ID = "classic";

    private static final String[] FILES = {"classic.json", "isw.json"};

    private static final class Holder {
        static final List<StyleSheet> ALL = loadAll();
    }

    private StyleSheets() {
    }

    /** Every shipped sheet, the default first. */
    public static List<StyleSheet> all() {
        return Holder.ALL;
    }

    /** The default sheet ({@value #DEFAULT_ID}). */
    public static StyleSheet standard() {
        return Holder.ALL.get(0);
    }

    /** The shipped sheet of {@code id}, or the default one for null, blank or an id no sheet has. */
    /** The sheet {@code info} names, drawing the briefing's own sides ({@link StyleSheet#forSides}). */
    public static StyleSheet forBriefing(BriefingInfo info) {
        return byId(info.styleSheet()).forSides(info.sides());
    }

    public static StyleSheet byId(String id) {
        for (StyleSheet s : Holder.ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return standard();
    }

    /** Whether a sheet of {@code id} ships. */
    public static boolean exists(String id) {
        return Holder.ALL.stream().anyMatch(s -> s.id().equals(id));
    }

    /**
     * One line for a briefing whose file names a sheet that does not ship (made by a newer Sitmap, or mistyped),
     * which is then drawn with the default sheet; null when {@code id} is a shipped sheet's, null or blank.
     */
    public static String unknownSheetNotice(String id) {
        if (id == null || id.isBlank() || exists(id.strip())) {
            return null;
        }
        return "The briefing asks for the style sheet \"" + id.strip() + "\", which this version of Sitmap does not have:"
                + " it is drawn with " + standard().name() + " instead.";
    }

    private static List<StyleSheet> loadAll() {
        List<StyleSheet> out = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = StyleSheets.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("The style sheet " + file + " is missing from the application");
                }
                out.add(StyleSheetLoader.load(in, file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the style sheet " + file, e);
            } catch (StyleSheetException e) {
                throw new IllegalStateException("A shipped style sheet is broken: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
