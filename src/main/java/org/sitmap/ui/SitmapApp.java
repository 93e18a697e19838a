package org.sitmap.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: opens the main window on the bundled base map of the theatre. Start it through
 * {@code org.sitmap.cli.Launcher} (plain class path) or directly (module path, jpackage).
 */
public final class SitmapApp extends Application {
    private MainViewModel model;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        model = new MainViewModel();
        window = new MainWindow(model);
        window.setOnQuit(() -> {
            stage.close();
            Platform.exit();
        });
        stage.setTitle("Sitmap");
        stage.setScene(new Scene(window, 1440, 900));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        window.mapView().requestFocus();
        model.loadBaseMap();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
        if (window != null) {
            window.mapView().dispose();
        }
    }

    /** The window's content, for tests that drive the real application. */
    public MainWindow window() {
        return window;
    }
}
