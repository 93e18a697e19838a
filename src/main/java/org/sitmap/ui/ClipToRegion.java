package org.sitmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sitmap.geo.AreaClip;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.geo.Geodesy;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.MapFeature;

/**
 * Edit > Clip to region…: offers the base map's admin-1 regions the selected area overlaps (the largest overlap
 * first) and replaces the area by its part inside the chosen one, as one undoable edit ("Clip to Kursk oblast").
 * A circle (an evacuation centre and radius) becomes the clipped polygon. FX thread only.
 */
public final class ClipToRegion {
    private final MainViewModel model;
    private final BriefingViewModel briefing;

    public ClipToRegion(MainViewModel model, BriefingViewModel briefing) {
        this.model = model;
        this.briefing = briefing;
    }

    /** True for annotations that cover an area (what can be clipped). */
    public static boolean canClip(Annotation a) {
        return a != null && a.kind().shape() == AnnotationKind.Shape.AREA && !a.locked();
    }

    /** A region on offer: its name as the list shows it and the area of the selection inside it. */
    record Choice(AreaClip.Overlap overlap) {
        String regionName() {
            MapFeature r = overlap.region();
            String name = r.text("name");
            String type = r.text("type_en");
            boolean oblast = type != null && (type.equalsIgnoreCase("region") || type.equalsIgnoreCase("oblast"))
                    && !name.toLowerCase(Locale.ROOT).contains("oblast");
            return oblast ? name + " oblast" : name;
        }

        @Override
        public String toString() {
            String country = overlap.region().text("admin");
            return String.format(Locale.ROOT, "%s%s — %,.0f km² of the area", regionName(),
                    country == null ? "" : " (" + country + ")", overlap.areaKm2());
        }
    }

    /** Asks which region and clips the selected area to it. */
    public void run(Window owner) {
        Annotation a = briefing.selected();
        if (!canClip(a)) {
            return;
        }
        LayerItem regions = model.layer("base-admin1");
        if (regions == null) {
            briefing.reportProblem("The base map is still loading", "Regions to clip to are not loaded yet; try"
                    + " again in a moment.");
            return;
        }
        Geometry area = shape(a);
        List<Choice> choices = new ArrayList<>();
        for (AreaClip.Overlap o : AreaClip.overlapping(area, candidates(regions, area))) {
            choices.add(new Choice(o));
        }
        if (choices.isEmpty()) {
            briefing.reportProblem("Nothing to clip to", a.displayName() + " does not overlap any region of the"
                    + " base map, so clipping it would leave nothing.");
            return;
        }
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle("Clip to region");
        dialog.setHeaderText("Keep only the part of " + a.displayName() + " inside a region");
        dialog.setContentText("Region:");
        WindowPlacement.ownWithoutModality(dialog, owner);
        Optional<Choice> chosen = dialog.showAndWait();
        // The dialog does not block the window: clip only what is still as it was when the dialog opened.
        Annotation now = briefing.briefing().get(a.id());
        if (chosen.isPresent() && (now == null || !now.sameContent(a) || !canClip(now))) {
            briefing.reportProblem("Not clipped", a.displayName() + " changed while the region was being chosen;"
                    + " choose Clip to region again.");
            return;
        }
        chosen.ifPresent(c -> clip(a, area, c));
    }

    private void clip(Annotation a, Geometry area, Choice choice) {
        Geometry inside = AreaClip.clip(area, choice.overlap().region().geometry());
        if (inside.isEmpty()) {
            briefing.reportProblem("Nothing left", a.displayName() + " has no area inside "
                    + choice.regionName() + ".");
            return;
        }
        Annotation after = a.toBuilder().geometry(inside).attribute(Annotation.RADIUS_KM, null).build();
        briefing.change(a, after, "Clip to " + choice.regionName());
        model.statusTextProperty().set("Clipped " + a.displayName() + " to " + choice.regionName()
                + " · Edit > Undo restores it");
    }

    /** The area an annotation covers: its polygons, or the geodesic circle of an evacuation centre and radius. */
    private static Geometry shape(Annotation a) {
        if (a.geometry() instanceof Point p) {
            return Geodesy.circle(p.getX(), p.getY(), a.number(Annotation.RADIUS_KM, 1), 96);
        }
        return a.geometry();
    }

    /** Regions whose bounds meet the area's, through the layer's spatial index. */
    private List<MapFeature> candidates(LayerItem regions, Geometry area) {
        FeatureIndex index = regions.renderLayer().index();
        Envelope projected = index.projection().forward(area.getEnvelopeInternal());
        List<MapFeature> out = new ArrayList<>();
        for (int i : index.query(projected)) {
            out.add(regions.layer().features().get(i));
        }
        return out;
    }
}
