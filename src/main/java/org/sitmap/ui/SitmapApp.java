package org.sitmap.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The desktop application: opens the main window on the bundled base map of the theatre. Start it through
 * {@code org.sitmap.cli.Launcher} (plain class path) or directly (module path, jpackage).
 */
public final class SitmapApp extends Application {
    private MainViewModel model;
    private MainWindow window;
    private BriefingSession session;
    private WindowPlacement placement;

    @Override
    public void start(Stage stage) {
        model = new MainViewModel();
        BriefingViewModel briefing = new BriefingViewModel();
        // Recent files, the last briefing and the window's place live with the briefings in the data folder, so
        // another SITMAP_HOME starts fresh instead of reopening this one's files.
        AppSettings settings = AppSettings.load(BriefingSession.dataFolder());
        session = new BriefingSession(briefing, settings);
        window = new MainWindow(model, briefing, session);
        window.setOnQuit(() -> {
            stage.close();
            Platform.exit();
        });
        stage.titleProperty().bind(session.windowTitleProperty());
        stage.setScene(new Scene(window));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        placement = WindowPlacement.restore(stage, settings);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> window.mapView().windowShown());
        stage.show();
        window.mapView().requestFocus();
        model.loadBaseMap();
        // A desktop logout or `kill` ends the JVM without stop(): fold the WAL back and drop the lock anyway, so the
        // briefing file can be handed on as one file. Closing twice is harmless.
        BriefingSession closing = session;
        Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "sitmap-close-briefing"));
        List<String> args = getParameters().getRaw();
        if (args.isEmpty() || !session.open(Path.of(args.get(0)))) {
            session.openStartupBriefing();
        }
    }

    @Override
    public void stop() {
        if (placement != null) {
            placement.save();
        }
        if (model != null) {
            model.shutdown();
        }
        if (session != null) {
            session.close();
        }
        if (window != null) {
            window.mapView().dispose();
        }
    }

    /** The window's content, for tests that drive the real application. */
    public MainWindow window() {
        return window;
    }

    /** The briefing file behind the window, for tests that drive the real application. */
    public BriefingSession session() {
        return session;
    }
}
