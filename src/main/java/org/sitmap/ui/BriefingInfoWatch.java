package org.sitmap.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;

/**
 * Follows the open briefing's info for a view model: tells it when another briefing opens (null when none is) and
 * whenever the open one's info changes, and stops listening to a briefing once another replaces it. What the
 * style sheet, the sides and the place names of the window each did by hand. Use on the JavaFX thread.
 */
final class BriefingInfoWatch {
    private BriefingInfoWatch() {
    }

    /**
     * Calls {@code opened} with the briefing open now and with each one opened later, and {@code changed} with each
     * change of the open briefing's info.
     */
    static void follow(BriefingViewModel vm, Consumer<Briefing> opened,
            BiConsumer<BriefingInfo, BriefingInfo> changed) {
        BriefingListener listener = new BriefingListener() {
            @Override
            public void infoChanged(BriefingInfo before, BriefingInfo after) {
                changed.accept(before, after);
            }
        };
        vm.briefingProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            attach(now, listener, opened);
        });
        attach(vm.briefing(), listener, opened);
    }

    private static void attach(Briefing now, BriefingListener listener, Consumer<Briefing> opened) {
        if (now != null) {
            now.addListener(listener);
        }
        opened.accept(now);
    }
}
