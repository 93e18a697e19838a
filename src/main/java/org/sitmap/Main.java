package org.sitmap;

import javafx.application.Application;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.ui.SitmapApp;

/**
 * Entry point of {@code java -jar sitmap.jar}: with no arguments it opens the window, with a subcommand
 * ({@code info}, {@code bench}, ...) it runs headless. It deliberately does not extend {@link Application}: from a
 * plain class path the JavaFX launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(SitmapApp.class, args);
            return;
        }
        System.exit(SitmapCommand.run(args));
    }
}
