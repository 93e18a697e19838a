package org.sitmap.ui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.render.AnnotationPainter;
import org.sitmap.render.RenderOptions;

/**
 * Edits the legend: one row per entry with its swatch, a box to show or hide it, its wording (Enter or leaving the
 * field renames it; an empty field brings back Sitmap's wording) and buttons to move it up or down. Each change
 * is one undoable edit of the briefing, seen at once by {@code onChange} (the export preview). The view of a
 * {@link LegendViewModel}. FX thread only.
 */
public final class LegendDialog {
    private static final int SWATCH_W = 34;
    private static final int SWATCH_H = 18;

    private final Stage stage = new Stage();
    private final LegendViewModel vm;
    private final Runnable onChange;
    private final GridPane rows = new GridPane();

    public LegendDialog(Window owner, BriefingViewModel briefing, Runnable onChange) {
        this.vm = new LegendViewModel(briefing);
        this.onChange = onChange == null ? () -> { } : onChange;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Legend");
        stage.setUserData(this);
        rows.setId("legendRows");
        rows.setHgap(8);
        rows.setVgap(4);
        Label help = new Label("Rename an entry and press Enter; untick it to leave it out; move it with the arrows. "
                + "Exports use the legend as you leave it.");
        help.setWrapText(true);
        help.setMaxWidth(520);
        Button close = new Button("Close");
        close.setId("legendClose");
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(10, help, new ScrollPane(rows), close);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        fill();
        WindowPlacement.fitDialog(stage);
    }

    public Stage stage() {
        return stage;
    }

    /** Builds the rows anew from the briefing (after every change: order and wording may have moved). */
    private void fill() {
        rows.getChildren().clear();
        List<LegendViewModel.Row> all = vm.rows();
        if (all.isEmpty()) {
            rows.add(new Label("Nothing on the map has a legend entry yet."), 0, 0);
        }
        for (int i = 0; i < all.size(); i++) {
            LegendViewModel.Row row = all.get(i);
            CheckBox shown = new CheckBox();
            shown.setId("legendShown" + i);
            shown.setSelected(row.shown());
            shown.setTooltip(new Tooltip("Show this entry in the legend"));
            shown.setOnAction(e -> changed(() -> vm.show(row.key(), shown.isSelected()), false));
            TextField name = new TextField(row.entry().label());
            name.setId("legendLabel" + i);
            name.setPromptText(row.generated());
            name.setPrefColumnCount(30);
            name.setOnAction(e -> changed(() -> vm.rename(row.key(), name.getText()), name.getText().isBlank()));
            name.focusedProperty().addListener((o, was, now) -> {
                // A field taken away by a rebuild loses focus too: only a field still shown commits.
                if (!now && name.getScene() != null && !name.getText().equals(row.entry().label())) {
                    changed(() -> vm.rename(row.key(), name.getText()), name.getText().isBlank());
                }
            });
            Button up = new Button("\u2191");
            up.setId("legendUp" + i);
            up.setDisable(i == 0);
            up.setOnAction(e -> changed(() -> vm.move(row.key(), -1), true));
            Button down = new Button("\u2193");
            down.setId("legendDown" + i);
            down.setDisable(i == all.size() - 1);
            down.setOnAction(e -> changed(() -> vm.move(row.key(), 1), true));
            rows.addRow(i, swatch(row), shown, name, up, down);
            GridPane.setValignment(shown, javafx.geometry.VPos.CENTER);
        }
        rows.setAlignment(Pos.TOP_LEFT);
    }

    /**
     * Runs {@code edit}; when it changed the legend, tells the owner and, when the rows moved or a name went back
     * to its generated wording ({@code rebuild}), shows the rows anew once the current event is over. A rename or a
     * hide leaves the rows as they are: a rebuild between the press and the release of a click on another row
     * (a name left by clicking a box) would lose that click.
     */
    private void changed(java.util.function.BooleanSupplier edit, boolean rebuild) {
        if (!edit.getAsBoolean()) {
            return;
        }
        // Rebuilt after the current event: the control that fired it is not torn down under its own handler.
        javafx.application.Platform.runLater(() -> {
            if (rebuild) {
                fill();
            }
            onChange.run();
        });
    }

    private ImageView swatch(LegendViewModel.Row row) {
        BufferedImage img = new BufferedImage(SWATCH_W * 2, SWATCH_H * 2, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            RenderOptions o = RenderOptions.screen().withStyleSheet(vm.styleSheet());
            g.scale(2, 2);
            AnnotationPainter.paintSwatch(g, row.entry(), new Rectangle2D.Double(0, 0, SWATCH_W, SWATCH_H), o);
        } finally {
            g.dispose();
        }
        ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
        view.setFitWidth(SWATCH_W);
        view.setFitHeight(SWATCH_H);
        return view;
    }
}
