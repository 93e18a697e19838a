package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.command.SetSidesCommand;
import org.sitmap.command.UndoStack;
import org.sitmap.model.Affiliation;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/** A briefing's own sides in the file: written, read back, edited undoably, and migrated from old files. */
class BriefingSidesFileTest {
    private static final SideList SUDAN = SideList.of(List.of(
            new BriefingSide(Side.of("saf"), "Sudanese Armed Forces", "#1565c0", Affiliation.FRIEND),
            new BriefingSide(Side.of("rsf"), "Rapid Support Forces", "#C62828", Affiliation.HOSTILE),
            new BriefingSide(Side.of("aid"), "Aid agencies", null, Affiliation.NEUTRAL)));

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path copy = dir.resolve("kursk-before-sides.gpkg");
        try (InputStream in = getClass().getResourceAsStream("/store/kursk-before-sides.gpkg")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void sidesSurviveCloseAndReopenInTheirOrder() throws Exception {
        Path file = dir.resolve("sudan.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled().withSides(SUDAN))) {
            f.briefing().add(Annotation.builder(AnnotationKind.MARKER, new GeometryFactory().createPoint(
                    new Coordinate(32.5, 15.6))).side(Side.of("rsf")).build());
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.briefing().info().sides()).isEqualTo(SUDAN);
            assertThat(f.briefing().info().sides().find(Side.of("saf")).orElseThrow().colour()).isEqualTo("#1565C0");
            assertThat(f.briefing().annotations().get(0).side()).isEqualTo(Side.of("rsf"));
        }
    }

    @Test
    void aNewBriefingStartsWithGenericSidesToRename() throws Exception {
        Path file = dir.resolve("new.gpkg");
        BriefingFile.create(file, BriefingInfo.untitled()).close();
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            SideList sides = f.briefing().info().sides();
            assertThat(sides.list().stream().map(BriefingSide::name)).containsExactly("Side A", "Side B", "Other");
            assertThat(sides.list().stream().map(BriefingSide::affiliation))
                    .containsExactly(Affiliation.FRIEND, Affiliation.HOSTILE, Affiliation.NEUTRAL);
        }
    }

    @Test
    void editingTheSidesIsSavedAndUndoIsSavedToo() throws Exception {
        Path file = dir.resolve("edit.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            UndoStack undo = new UndoStack();
            SideList renamed = f.briefing().info().sides().with(
                    f.briefing().info().sides().list().get(0).withName("Sudanese Armed Forces"));
            undo.push(new SetSidesCommand(f.briefing(), renamed, "Rename side"));
            undo.push(new SetSidesCommand(f.briefing(), renamed.moved(Side.OTHER, -2), "Move side"));
            undo.undo();
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.briefing().info().sides().list().stream().map(BriefingSide::name))
                    .containsExactly("Sudanese Armed Forces", "Side B", "Other");
        }
    }

    @Test
    void todaysKurskFileMigratesToItsThreeSidesWithTheSheetsColours() throws Exception {
        Path file = fixture();
        Set<Side> used;
        try (BriefingFile old = BriefingFile.openReadOnly(file)) {
            assertThat(old.schemaVersion()).as("a file from before sides").isLessThan(4);
            // Read without migrating, an old file still has its three sides.
            assertThat(old.briefing().info().sides()).isEqualTo(SideList.legacy());
            used = old.briefing().annotations().stream().map(Annotation::side).collect(Collectors.toSet());
        }
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.schemaVersion()).isGreaterThanOrEqualTo(4);
            SideList sides = f.briefing().info().sides();
            assertThat(sides.list().stream().map(BriefingSide::name)).containsExactly("Ukraine", "Russia",
                    "Other / neutral");
            assertThat(sides.list()).allSatisfy(s -> assertThat(s.colour()).as("the sheet's colour").isNull());
            assertThat(sides.list().stream().map(BriefingSide::side).toList()).containsAll(used);
        }
    }

    @Test
    void aRemovalOfASideInUseIsRefusedAndTheFileKeepsIt() throws Exception {
        Path file = fixture();
        BriefingFile.open(file).close(); // migrated
        try (BriefingFile f = BriefingFile.open(file)) {
            long users = SetSidesCommand.usersOf(f.briefing(), Side.UKRAINE);
            assertThat(users).isPositive();
            SideList without = f.briefing().info().sides().without(Side.UKRAINE);
            assertThat(SetSidesCommand.refusal(f.briefing(), without)).contains("Ukraine").contains(users
                    + " annotations");
            try {
                new UndoStack().push(new SetSidesCommand(f.briefing(), without, "Remove"));
            } catch (IllegalStateException expected) {
                // refused before any change
            }
            assertThat(f.briefing().info().sides().contains(Side.UKRAINE)).isTrue();
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.briefing().info().sides().contains(Side.UKRAINE)).isTrue();
        }
    }
}
