package org.sitmap.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.sitmap.ui.tools.Snapper;

/**
 * The tool bar's snapping controls: a "Snap" toggle (key S on the map) and the tolerance in pixels, written
 * through to the map view's {@link Snapper}. FX thread only.
 */
final class SnapControls {
    static final KeyCode KEY = KeyCode.S;

    private SnapControls() {
    }

    static List<Node> create(MapView mapView) {
        Snapper snapper = mapView.snapper();
        ToggleButton snap = new ToggleButton("Snap");
        snap.setId("snapToggle");
        snap.setFocusTraversable(false);
        snap.setTooltip(new Tooltip("Snap new vertices to borders and to other annotations' vertices (" + KEY + ")"));
        snap.setSelected(snapper.isEnabled());
        snap.selectedProperty().addListener((o, was, on) -> {
            snapper.setEnabled(on);
            mapView.hint(on ? "Snapping on: vertices within " + (int) snapper.tolerancePx()
                    + " px of a border or another annotation's vertex land on it" : "Snapping off");
            mapView.repaintOverlay();
        });
        ComboBox<Integer> tolerance = new ComboBox<>();
        tolerance.setId("snapTolerance");
        tolerance.setFocusTraversable(false);
        tolerance.getItems().addAll(5, 10, 15, 20, 30);
        tolerance.setValue((int) snapper.tolerancePx());
        tolerance.setTooltip(new Tooltip("How near, in screen pixels, a vertex must be to snap"));
        tolerance.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer px) {
                return px == null ? "" : px + " px";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        tolerance.valueProperty().addListener((o, was, px) -> {
            if (px != null) {
                snapper.setTolerancePx(px);
            }
        });
        mapView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isConsumed() && e.getCode() == KEY && !e.isShortcutDown() && !e.isAltDown()) {
                snap.setSelected(!snap.isSelected());
                e.consume();
            }
        });
        return List.of(snap, tolerance);
    }
}
