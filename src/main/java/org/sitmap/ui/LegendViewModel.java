package org.sitmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitmap.command.EditLegendCommand;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.LegendEdits;
import org.sitmap.render.AnnotationPainter;
import org.sitmap.render.LegendEntry;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * The state behind the legend editor: every entry the briefing's annotations give the legend (whatever the date),
 * as the user renamed, hid and ordered them; each change is one undoable command kept in the briefing's info, so
 * exports and {@code sitmap export} use it. Knows no controls. FX thread only.
 */
public final class LegendViewModel {
    /**
     * One row of the editor.
     *
     * @param entry     the entry as the legend prints it (renamed when the user renamed it)
     * @param generated the wording Sitmap gives it, shown when the user clears the name
     * @param shown     whether the legend shows it
     */
    public record Row(LegendEntry entry, String generated, boolean shown) {
        public String key() {
            return entry.key();
        }
    }

    private final BriefingViewModel briefing;

    public LegendViewModel(BriefingViewModel briefing) {
        this.briefing = briefing;
    }

    /** The style sheet the briefing is drawn in: swatches are drawn in it. */
    public StyleSheet styleSheet() {
        return StyleSheets.forBriefing(info());
    }

    /** The entries in the user's order, hidden ones too. */
    public List<Row> rows() {
        LegendEdits edits = info().legend();
        List<LegendEntry> generated = AnnotationPainter.legendFor(briefing.briefing().snapshot(), styleSheet());
        List<Row> rows = new ArrayList<>();
        for (LegendEntry e : AnnotationPainter.editableLegend(briefing.briefing().snapshot(), styleSheet(), edits)) {
            String plain = generated.stream().filter(g -> g.key().equals(e.key())).findFirst()
                    .map(LegendEntry::label).orElse(e.label());
            LegendEdits.Item item = edits.item(e.key());
            rows.add(new Row(e, plain, item == null || !item.hidden()));
        }
        return rows;
    }

    /**
     * Words the entry {@code key} as {@code text}; blank text brings back the generated wording. Returns whether
     * the legend changed.
     */
    public boolean rename(String key, String text) {
        LegendEdits.Item item = info().legend().item(key);
        String before = item == null ? null : item.label();
        String after = text == null || text.isBlank() ? null : text.strip();
        return !Objects.equals(before, after) && edit(info().legend().renamed(key, after), "Rename legend entry");
    }

    /** Shows or hides the entry {@code key}; returns whether the legend changed. */
    public boolean show(String key, boolean shown) {
        return edit(info().legend().hidden(key, !shown), shown ? "Show legend entry" : "Hide legend entry");
    }

    /** Moves the entry {@code key} one place up ({@code by} -1) or down (+1); nothing at either end. */
    public boolean move(String key, int by) {
        List<String> keys = new ArrayList<>(rows().stream().map(Row::key).toList());
        int from = keys.indexOf(key);
        int to = from + by;
        if (from < 0 || to < 0 || to >= keys.size()) {
            return false;
        }
        keys.add(to, keys.remove(from));
        return edit(info().legend().ordered(keys), by < 0 ? "Move legend entry up" : "Move legend entry down");
    }

    private boolean edit(LegendEdits after, String description) {
        return !after.equals(info().legend())
                && briefing.execute(new EditLegendCommand(briefing.briefing(), after, description));
    }

    private BriefingInfo info() {
        return briefing.briefing().info();
    }
}
