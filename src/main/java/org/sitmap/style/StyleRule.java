package org.sitmap.style;

import java.util.Map;

/**
 * One rule of a sheet's annotation section: where its {@link Selector} matches, its declarations apply, over those
 * of the rules before it (as in MapCSS: later rules win, so a sheet lists the general before the specific).
 *
 * @param place where the rule stands in its sheet, for messages ({@code annotations[3]})
 */
record StyleRule(Selector when, Map<StyleProperty, Object> declarations, String place) {
    StyleRule {
        declarations = Map.copyOf(declarations);
    }
}
