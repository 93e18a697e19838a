package org.sitmap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitmap.model.Annotation;

/**
 * The numbered sources of a page: each source the annotations in view cite gets a number in order of first
 * appearance; a label carries its source's number as a superscript ({@link #marked}), and the attribution band
 * lists "1 Ukrainian army spokesman, 13 Aug 2024 (reported); 2 ..." with the URL when there is one and the
 * confidence of what the source backs ("reported", "claimed"). Immutable and thread-safe.
 */
public final class SourceNotes {
    private static final char[] SUPERSCRIPT = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"
            .toCharArray();

    /**
     * One numbered source.
     *
     * @param number its number on the page, from 1
     * @param source the citation as the annotations give it, without a final full stop
     * @param url    its web address, or empty
     * @param words  how sure the annotations it backs are, when tentative: "reported", "claimed"
     */
    public record Note(int number, String source, String url, List<String> words) {
        /** "1 Ukrainian army spokesman, 13 Aug 2024, https://... (reported)". */
        public String text() {
            return number + " " + source + (url.isEmpty() ? "" : ", " + url)
                    + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
        }
    }

    private final List<Note> notes;
    private final Map<String, Integer> numberOf;

    private SourceNotes(List<Note> notes, Map<String, Integer> numberOf) {
        this.notes = List.copyOf(notes);
        this.numberOf = Map.copyOf(numberOf);
    }

    /** The sources {@code inView} cite, numbered in the order they first appear. */
    public static SourceNotes of(List<Annotation> inView) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        Map<String, String[]> cited = new LinkedHashMap<>();
        for (Annotation a : inView) {
            String source = citation(a);
            if (source.isEmpty()) {
                continue;
            }
            String key = key(a);
            cited.putIfAbsent(key, new String[] {source, a.sourceUrl().strip()});
            Set<String> w = words.computeIfAbsent(key, k -> new LinkedHashSet<>());
            switch (a.confidence()) {
                case REPORTED -> w.add("reported");
                case UNCONFIRMED -> w.add("claimed");
                default -> { }
            }
        }
        List<Note> notes = new ArrayList<>();
        Map<String, Integer> numberOf = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : cited.entrySet()) {
            int n = notes.size() + 1;
            notes.add(new Note(n, e.getValue()[0], e.getValue()[1], List.copyOf(words.get(e.getKey()))));
            numberOf.put(e.getKey(), n);
        }
        return new SourceNotes(notes, numberOf);
    }

    public List<Note> notes() {
        return notes;
    }

    /** {@code a} with its source's number as a superscript after the text its label shows; unchanged if uncited. */
    public Annotation marked(Annotation a) {
        Integer n = citation(a).isEmpty() ? null : numberOf.get(key(a));
        return n == null ? a : a.kind().descriptor().withLabelMark(a, superscript(n));
    }

    /** "Sources: 1 ...; 2 ...." or empty when nothing in view cites a source. */
    public String footer() {
        return notes.isEmpty() ? "" : "Sources: " + String.join("; ", notes.stream().map(Note::text).toList()) + ".";
    }

    /** {@code n} in Unicode superscript digits: 12 is "\u00B9\u00B2". */
    public static String superscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(SUPERSCRIPT[c - '0']);
        }
        return b.toString();
    }

    private static String citation(Annotation a) {
        String s = a.source().strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static String key(Annotation a) {
        return citation(a) + "\n" + a.sourceUrl().strip();
    }
}
