package org.sitmap.ui.tools;

import java.util.Locale;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.locationtech.jts.geom.Coordinate;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.MapFeature;

/**
 * Creates a declaration (state of emergency...) over an admin-1 region of the base map with one click: the
 * annotation takes the region's exact border and its ISO 3166-2 code.
 */
public final class DeclarationTool implements Tool {
    private ToolHost host;

    @Override
    public String name() {
        return "Declare over a region";
    }

    @Override
    public String hint() {
        return "Click a region (oblast) to declare a state of emergency over it";
    }

    @Override
    public Cursor cursor() {
        return Cursor.HAND;
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
    }

    @Override
    public void deactivate() {
    }

    @Override
    public boolean mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        Coordinate c = GeometryEdit.lonLat(host.viewport(), e.getX(), e.getY());
        MapFeature region = host.regionAt(c.x, c.y);
        if (region == null) {
            host.hint("No region of the base map here: declarations cover a whole admin-1 region");
            return true;
        }
        String name = region.text("name");
        Annotation a = host.briefing().newAnnotation(AnnotationKind.DECLARATION, region.geometry().copy())
                .toBuilder()
                .title("State of emergency: " + name + (name.toLowerCase(Locale.ROOT).contains("oblast") ? ""
                        : " oblast"))
                .attribute(Annotation.REGION, region.text("iso_3166_2"))
                .attribute(Annotation.LEVEL, "regional")
                .build();
        host.briefing().add(a);
        host.hint("Declared over " + name + " (" + region.text("iso_3166_2") + ")");
        return true;
    }
}
