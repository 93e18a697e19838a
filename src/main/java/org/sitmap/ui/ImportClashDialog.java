package org.sitmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.sitmap.app.ClashPolicy;

/**
 * Asks what an import does with annotations whose id the briefing already holds: "Keep both (new ids)",
 * "Replace" or "Cancel" (the {@link ClashPolicy} the command line takes as {@code --on-clash}). FX thread only.
 */
final class ImportClashDialog {
    private ImportClashDialog() {
    }

    /**
     * Shows the question and waits for the answer.
     *
     * @param owner the window above which it appears; null: the focused window
     * @return the chosen policy; {@link ClashPolicy#REFUSE} for Cancel or a closed dialog
     */
    static ClashPolicy ask(Window owner, Path source, int total, List<String> clashes) {
        ButtonType keepBoth = new ButtonType(ClashPolicy.NEW_IDS.label(), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(ClashPolicy.REPLACE.label(), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(ClashPolicy.REFUSE.label(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text(source, total, clashes), keepBoth, replace,
                cancel);
        alert.setTitle("Sitmap");
        alert.setHeaderText("This briefing already holds " + count(clashes.size()) + " of the import");
        alert.setResizable(true);
        // Owned but not modal, as the house's other dialogs (see WindowPlacement): a modal one upsets GTK's glass.
        WindowPlacement.ownWithoutModality(alert, owner != null ? owner : focusedWindow());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return ClashPolicy.REFUSE;
        }
        return answer.get() == replace ? ClashPolicy.REPLACE : ClashPolicy.NEW_IDS;
    }

    private static String text(Path source, int total, List<String> clashes) {
        String ids = String.join(", ", clashes.subList(0, Math.min(5, clashes.size())))
                + (clashes.size() > 5 ? ", ..." : "");
        return source.toAbsolutePath().normalize() + " holds " + count(total) + "; " + clashes.size()
                + " of them have the id of an annotation here (" + ids + ").\n\n"
                + "Keep both: the imported ones come in as copies with new ids; the briefing's stay as they are.\n"
                + "Replace: the imported ones take the place of the briefing's ones with their ids.\n"
                + "Cancel: nothing is imported.";
    }

    private static String count(int n) {
        return n + (n == 1 ? " annotation" : " annotations");
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
