package org.sitmap.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens and how dialogs get their size.
 * <p>
 * The main window reopens where it was closed (size, place, maximised), read from {@link AppSettings}; at the first
 * start it takes most of the primary screen, centred. A place that no screen shows any more (a monitor unplugged)
 * falls back to the first-start place.
 * <p>
 * Why sizes are applied again after showing: JavaFX 21's GTK glass loses the size asked before a window is mapped
 * when a window manager such as openbox places it (JDK-8316423, fixed in JavaFX 22): the window came up at GTK's
 * 200x200 default, or at its minimum size. So the wanted size is applied again when the window manager's first
 * answers collapse it so, during the first moments after showing. FX thread only.
 */
final class WindowPlacement {
    /** Share of the primary screen's visual bounds the main window takes at the first start. */
    static final double FIRST_START_SHARE = 0.88;
    /** How long after showing the window manager may still undo the size (its first configure answers). */
    private static final long SETTLE_NANOS = 2_000_000_000L;
    /** GTK's size for a window that asked for none, and room for a window frame around it. */
    private static final double GTK_DEFAULT_SIDE = 200;
    private static final double FRAME_SLACK = 40;
    /** A window this close to the whole screen is taken as maximised (glass does not always report it). */
    private static final double MAXIMISED_SLACK = 8;

    private final Stage stage;
    private final AppSettings settings;
    /** The bounds the window had when last neither maximised nor minimised: what a restore goes back to. */
    private Rectangle2D normal;

    private WindowPlacement(Stage stage, AppSettings settings, Rectangle2D normal) {
        this.stage = stage;
        this.settings = settings;
        this.normal = normal;
    }

    /**
     * Sizes and places the main window before it is shown, follows its place as it changes, and writes it to the
     * settings when the window closes.
     */
    static WindowPlacement restore(Stage stage, AppSettings settings) {
        Rectangle2D bounds = settings.windowBounds().filter(WindowPlacement::onSomeScreen)
                .orElseGet(WindowPlacement::firstStart);
        boolean maximized = settings.windowMaximized();
        apply(stage, bounds);
        keepAfterShowing(stage, () -> {
            if (!stage.isMaximized()) {
                apply(stage, bounds);
            }
        });
        if (maximized) {
            // After the normal bounds, so that un-maximising comes back to them.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> stage.setMaximized(true));
        }
        WindowPlacement placement = new WindowPlacement(stage, settings, bounds);
        ChangeListener<Number> track = (o, a, b) -> placement.follow();
        for (var p : java.util.List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            p.addListener(track);
        }
        // While hiding, isShowing() is already false, but the bounds are still the window's.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> placement.write());
        return placement;
    }

    private void follow() {
        if (stage.isShowing() && !looksMaximized(stage) && !stage.isIconified()) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Writes the window's place if it is still on screen (when the application stops without closing it). */
    void save() {
        if (stage.isShowing()) {
            write();
        }
    }

    /** Writes the window's normal bounds and whether it is maximised now. */
    private void write() {
        settings.setWindow(normal, looksMaximized(stage));
    }

    /** Most of the primary screen, centred. */
    static Rectangle2D firstStart() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.round(screen.getWidth() * FIRST_START_SHARE);
        double h = Math.round(screen.getHeight() * FIRST_START_SHARE);
        return new Rectangle2D(screen.getMinX() + Math.round((screen.getWidth() - w) / 2),
                screen.getMinY() + Math.round((screen.getHeight() - h) / 2), w, h);
    }

    /**
     * Sizes a dialog to its content once shown, again while the window manager settles (see the class comment), and
     * centres it over its owner, on screen: placed while it still had GTK's default size, it would otherwise grow
     * from that corner, its title bar above the top of the screen.
     */
    static void fitDialog(Stage dialog) {
        keepAfterShowing(dialog, () -> {
            dialog.sizeToScene();
            centreOverOwner(dialog);
        });
    }

    /**
     * Owns a dialog by the window without making it modal (a modal one makes JavaFX 21's GTK glass pin the owner's
     * size, un-maximising it under a window manager: see {@link #withoutOwner}), sized to its content.
     */
    static void ownWithoutModality(javafx.scene.control.Dialog<?> dialog, javafx.stage.Window owner) {
        dialog.initModality(javafx.stage.Modality.NONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        fitDialog((Stage) dialog.getDialogPane().getScene().getWindow());
    }

    private static void centreOverOwner(Stage dialog) {
        javafx.stage.Window owner = dialog.getOwner();
        Rectangle2D area = owner == null ? Screen.getPrimary().getVisualBounds()
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        var screens = Screen.getScreensForRectangle(area);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double x = area.getMinX() + (area.getWidth() - dialog.getWidth()) / 2;
        double y = area.getMinY() + (area.getHeight() - dialog.getHeight()) / 3;
        dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - dialog.getHeight())));
    }

    /**
     * Shows a file chooser (or another native dialog) with no owner window, {@code content} disabled meanwhile so
     * nothing else starts. Not owned on purpose: to block an owner, JavaFX 21's GTK glass pins its minimum and
     * maximum size to the last size glass itself asked for, which is stale once the window manager has maximised
     * it, so openbox un-maximised the main window for every File > New or Open.
     */
    static <T> T withoutOwner(javafx.scene.Node content, java.util.function.Function<javafx.stage.Window, T> show) {
        content.setDisable(true);
        try {
            return show.apply(null);
        } finally {
            content.setDisable(false);
        }
    }

    private static boolean onSomeScreen(Rectangle2D r) {
        // The title bar must be reachable: some screen shows the window's top middle.
        return !Screen.getScreensForRectangle(r.getMinX() + r.getWidth() / 2 - 20, r.getMinY(), 40, 20).isEmpty();
    }

    private static boolean looksMaximized(Stage stage) {
        if (stage.isMaximized()) {
            return true;
        }
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (screens.isEmpty()) {
            return false;
        }
        Rectangle2D v = screens.get(0).getVisualBounds();
        return stage.getWidth() >= v.getWidth() - MAXIMISED_SLACK && stage.getHeight() >= v.getHeight()
                - MAXIMISED_SLACK;
    }

    private static void apply(Stage stage, Rectangle2D r) {
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }

    /**
     * Runs {@code size} when the window is shown and again whenever the window manager collapses it during the next
     * moments (a size the user chose is left alone).
     */
    private static void keepAfterShowing(Stage stage, Runnable size) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            long until = System.nanoTime() + SETTLE_NANOS;
            size.run();
            ChangeListener<Number> undoCollapse = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                    if (System.nanoTime() > until || !stage.isShowing()) {
                        stage.widthProperty().removeListener(this);
                        stage.heightProperty().removeListener(this);
                    } else if (collapsed(stage)) {
                        javafx.application.Platform.runLater(size);
                    }
                }
            };
            stage.widthProperty().addListener(undoCollapse);
            stage.heightProperty().addListener(undoCollapse);
        });
    }

    /** At GTK's default size or the window's minimum, give or take the frame: what the window manager fell back to. */
    private static boolean collapsed(Stage stage) {
        return stage.getWidth() <= Math.max(stage.getMinWidth(), GTK_DEFAULT_SIDE) + FRAME_SLACK
                && stage.getHeight() <= Math.max(stage.getMinHeight(), GTK_DEFAULT_SIDE) + FRAME_SLACK;
    }
}
