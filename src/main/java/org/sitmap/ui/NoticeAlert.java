package org.sitmap.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** A {@link Notice} shown as an alert: its title, and its text wrapped, scrolling when long. FX thread only. */
final class NoticeAlert {
    /** Width of a notice's text; taller texts than the maximum height scroll. */
    private static final double NOTICE_WIDTH = 520;
    private static final double NOTICE_MAX_HEIGHT = 360;

    private NoticeAlert() {
    }

    /** Shows {@code notice} in an alert owned by {@code owner} (or none), without blocking the window. */
    static void show(Notice notice, Window owner) {
        Alert.AlertType type = switch (notice.level()) {
            case INFO -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        };
        Alert alert = new Alert(type);
        alert.setTitle("Sitmap");
        alert.setHeaderText(notice.title());
        alert.getDialogPane().setContent(noticeText(notice.text()));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        WindowPlacement.ownWithoutModality(alert, owner);
        alert.show();
    }

    /** The notice's text, wrapped, all of it visible; a long one scrolls, starting at its first line. */
    private static ScrollPane noticeText(String text) {
        Label label = new Label(text);
        label.setId("noticeText");
        label.setWrapText(true);
        label.setMaxWidth(NOTICE_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(label);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(NOTICE_WIDTH);
        // The text's height is known once the label has its skin and its font from the style sheet (both before the
        // dialog's first layout).
        var textHeight = Bindings.createDoubleBinding(() -> Math.ceil(label.prefHeight(NOTICE_WIDTH)),
                label.skinProperty(), label.fontProperty());
        scroll.prefViewportHeightProperty().bind(Bindings.min(NOTICE_MAX_HEIGHT, textHeight.add(2)));
        // A scroll bar only for a text taller than the maximum (rounding alone must not bring one).
        scroll.vbarPolicyProperty().bind(Bindings.when(textHeight.greaterThan(NOTICE_MAX_HEIGHT))
                .then(ScrollPane.ScrollBarPolicy.AS_NEEDED).otherwise(ScrollPane.ScrollBarPolicy.NEVER));
        scroll.getStyleClass().add("notice-text");
        return scroll;
    }
}
